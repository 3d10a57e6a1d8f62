// Where JavaScript runs, the status page refreshes its progress without a reload; without it the page still works.
(() => {
    const progress = document.getElementById("progress");
    if (!progress) return;
    const refresh = async () => {
        try {
            const page = await fetch(location.href, { headers: { Accept: "text/html" } });
            if (page.ok) {
                const fresh = new DOMParser().parseFromString(await page.text(), "text/html").getElementById("progress");
                if (fresh && fresh.innerHTML !== progress.innerHTML) {
                    progress.innerHTML = fresh.innerHTML;
                    progress.dataset.status = fresh.dataset.status;
                }
            }
        } catch { /* offline for a moment: the next round tries again */ }
    };
    setInterval(refresh, 3000);
})();
