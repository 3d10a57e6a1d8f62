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

// The console's keys (A accept, D decline) anywhere on the page except while typing in a field, and the moment the
// network is back, so that the console reconnects at once instead of at its next try.
window.ukc.watchConsole = (console) => {
    document.addEventListener("keydown", (event) => {
        const typing = event.target.closest("input, textarea, select, [contenteditable]");
        if (typing || event.ctrlKey || event.altKey || event.metaKey) return;
        if (event.key === "a" || event.key === "A" || event.key === "d" || event.key === "D") {
            event.preventDefault();
            console.invokeMethodAsync("OnKey", event.key.toLowerCase());
        }
    });
    window.addEventListener("online", () => console.invokeMethodAsync("OnNetworkBack"));
};
