using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Integration.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright (its own browser download cannot work here), with what it needs on a
/// machine without a network beyond loopback; one browser per test class, a fresh context (cookies, storage) per person.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static (int Width, int Height) Laptop { get; } = (1366, 768);

    public static (int Width, int Height) Phone { get; } = (390, 844);

    public static (int Width, int Height) Tv { get; } = (1920, 1080);

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A person's own browser window at the gateway, of the given size.</summary>
    public async Task<IPage> OpenAsync(Uri gateway, (int Width, int Height) size, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = gateway.ToString(),
            ViewportSize = new ViewportSize { Width = size.Width, Height = size.Height },
            JavaScriptEnabled = javaScript,
            TimezoneId = "Europe/Kyiv",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Saves the screen under docs/screenshots, for the README and for a person to look at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = false) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Screenshots, $"{name}.png"), FullPage = fullPage });

    /// <summary>axe-core's serious and critical violations on the page as it is now, one line each.</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityProblemsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return [.. result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")];
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

/// <summary>Where the repository is, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(Root, "docs", "screenshots")).FullName;

    private static string Find(string folder) =>
        File.Exists(Path.Combine(folder, "UKC.sln")) ? folder : Find(Directory.GetParent(folder)?.FullName ?? throw new DirectoryNotFoundException("UKC.sln"));
}
