// Small helpers of the staff pages; nothing here is needed to file an appeal.
window.ukc = {
    language: () => document.documentElement.lang || "uk",
    focus: (selector) => document.querySelector(selector)?.focus(),
    download: (name, text) => {
        const link = document.createElement("a");
        link.href = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
        link.download = name;
        link.click();
        URL.revokeObjectURL(link.href);
    },
};
