using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Integration.Tests.Browser;

/// <summary>The web UI as people use it, in Chromium, against the whole system.</summary>
[Collection(UkcSystemCollection.Name)]
public sealed partial class WebUiTests(UkcSystem system, Chromium chromium, ITestOutputHelper output) : IClassFixture<Chromium>, IAsyncLifetime
{
    private readonly List<IPage> pages = [];
    private readonly List<string> operators = [];

    private Uri Origin => system.App.GetEndpoint("gateway", "http");

    public Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        return Task.CompletedTask;
    }

    /// <summary>Closes this test's windows and sends its operators offline, so the next test's appeals go to its own.</summary>
    public async Task DisposeAsync()
    {
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }

        foreach (var id in operators)
        {
            using var signedIn = await system.OperatorAsync(id);
            await signedIn.PutAsJsonAsync($"/api/operators/{id}/presence", new { presence = "offline" });
        }
    }

    private async Task<IPage> OpenAsync((int, int) size, bool javaScript = true)
    {
        var page = await chromium.OpenAsync(Origin, size, javaScript);
        pages.Add(page);
        return page;
    }

    /// <summary>An operator's account, on the roster with every skill.</summary>
    private async Task<string> OperatorAsync(string id)
    {
        (await system.OperatorAsync(id)).Dispose();
        await OperatorConsole.JoinRosterAsync(system, id, "Олена Коваль");
        operators.Add(id);
        return $"password-of-{id}";
    }

    [Fact]
    public async Task A_citizen_files_on_the_page_an_operator_answers_on_the_console_and_the_wallboard_and_the_status_page_show_it()
    {
        var operatorId = "op-web-1";
        var console = await SignedInAsync(operatorId, await OperatorAsync(operatorId), "/console", Chromium.Laptop);
        await console.GetByTestId("presence-available").ClickAsync();
        await Assertions.Expect(console.GetByTestId("waiting")).ToBeVisibleAsync();

        var wallboard = await SignedInAsync("admin", UkcSystem.AdminPassword, "/wallboard", Chromium.Tv);
        var answeredBefore = await AnsweredAsync(wallboard);

        var citizen = await OpenAsync(Chromium.Phone);
        await citizen.GotoAsync("/");
        await Chromium.ScreenshotAsync(citizen, "citizen-form", fullPage: true);
        await citizen.Locator("#text").FillAsync("Потрібна гуманітарна допомога: немає продуктів і води, двоє дітей");
        await citizen.Locator("#region").SelectOptionAsync("kharkiv");
        await citizen.Locator("#name").FillAsync("Марія");
        await citizen.Locator("#phone").FillAsync("067 123 45 67");
        await citizen.Locator("#consent").CheckAsync();
        var filed = Stopwatch.StartNew();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Надіслати звернення" }).ClickAsync();
        await Assertions.Expect(citizen.GetByTestId("tracking-code")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(citizen, "citizen-status", fullPage: true);

        await Assertions.Expect(console.GetByTestId("offer")).ToBeVisibleAsync();
        output.WriteLine($"filed → offer on the console: {filed.ElapsedMilliseconds} ms");
        await Chromium.ScreenshotAsync(console, "console-offer");
        await console.Keyboard.PressAsync("a");
        await Assertions.Expect(console.GetByTestId("citizen-phone")).ToContainTextAsync("+380671234567");
        await Assertions.Expect(console.GetByTestId("guidance")).ToContainTextAsync("Запитайте");
        await Chromium.ScreenshotAsync(console, "console-in-hand");

        await console.GetByTestId("resolution").Locator("input").FillAsync("Передано до пункту видачі на вул. Сумській");
        await console.GetByTestId("corrected-category").ClickAsync();
        await console.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Гуманітарна допомога" }).ClickAsync();
        await console.GetByTestId("resolve").ClickAsync();
        await Assertions.Expect(console.GetByTestId("in-hand")).Not.ToBeVisibleAsync();

        await Assertions.Expect(wallboard.GetByTestId("answered")).Not.ToHaveTextAsync(answeredBefore.ToString(), new() { Timeout = 20_000 });
        Assert.True(await AnsweredAsync(wallboard) > answeredBefore);
        await Chromium.ScreenshotAsync(wallboard, "wallboard");

        await citizen.ReloadAsync();
        await Assertions.Expect(citizen.Locator("#progress")).ToContainTextAsync("Вирішено: Передано до пункту видачі");
    }

    [Fact]
    public async Task The_console_reconnects_when_its_stream_drops_keeping_the_offer_and_an_offer_that_lapsed_meanwhile_is_gone()
    {
        var operatorId = "op-web-4";
        var console = await SignedInAsync(operatorId, await OperatorAsync(operatorId), "/console", Chromium.Laptop);
        await console.GetByTestId("presence-available").ClickAsync();
        await Assertions.Expect(console.GetByTestId("waiting")).ToBeVisibleAsync();
        var filed = await system.Citizen().PostAsJsonAsync("/api/appeals", new { text = "Потрібна евакуація з Ізюма, двоє літніх людей", channel = "web" });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, filed.StatusCode);
        await Assertions.Expect(console.GetByTestId("offer")).ToBeVisibleAsync();

        await console.Context.SetOfflineAsync(true);
        await Assertions.Expect(console.GetByTestId("offline-banner")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(console, "console-offline");
        await console.Context.SetOfflineAsync(false);
        await Assertions.Expect(console.GetByTestId("offline-banner")).Not.ToBeVisibleAsync();
        await Assertions.Expect(console.GetByTestId("offer")).ToBeVisibleAsync();

        await console.Context.SetOfflineAsync(true);
        await Assertions.Expect(console.GetByTestId("offer")).Not.ToBeVisibleAsync(new() { Timeout = 40_000 });
        await console.Context.SetOfflineAsync(false);
        await Assertions.Expect(console.GetByTestId("offline-banner")).Not.ToBeVisibleAsync();
        await Assertions.Expect(console.GetByTestId("offer")).Not.ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_citizen_page_files_an_appeal_without_JavaScript_and_its_first_load_is_under_100_KB()
    {
        var citizen = await OpenAsync(Chromium.Phone, javaScript: false);
        var responses = new List<IResponse>();
        citizen.Response += (_, response) => responses.Add(response);
        await citizen.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });
        long transferred = 0;
        foreach (var response in responses.ToList())
        {
            transferred += (await response.BodyAsync()).Length + (await response.HeadersArrayAsync()).Sum(h => h.Name.Length + h.Value.Length + 4);
        }

        output.WriteLine($"first load of the citizen's page: {transferred} bytes");
        Assert.InRange(transferred, 1, 100 * 1024);

        await citizen.GetByRole(AriaRole.Button, new() { Name = "Надіслати звернення" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("#text-error")).ToContainTextAsync("Опишіть, що сталося");

        await citizen.Locator("#text").FillAsync("Світла нема третій день, вода не йде");
        await citizen.Locator("#phone").FillAsync("0501112233");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Надіслати звернення" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("#consent-error")).ToContainTextAsync("позначте згоду");

        await citizen.Locator("#consent").CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Надіслати звернення" }).ClickAsync();
        var code = await citizen.GetByTestId("tracking-code").TextContentAsync();
        Assert.Matches(@"^\S{6,}$", code);
        var id = Guid.Parse(StatusPath().Match(citizen.Url).Groups[1].Value);
        var status = await system.Citizen().GetAsync($"/api/appeals/{id}?code={code}");
        Assert.Equal(System.Net.HttpStatusCode.OK, status.StatusCode);
    }

    [Fact]
    public async Task The_citizen_page_speaks_English_once_chosen_and_remembers_it()
    {
        var citizen = await OpenAsync(Chromium.Phone);
        await citizen.GotoAsync("/");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("h1")).ToHaveTextAsync("Write to the contact center");
        await citizen.GotoAsync("/signin");
        await Assertions.Expect(citizen.Locator("h1")).ToHaveTextAsync("Sign-in for the center's staff");
        await Assertions.Expect(citizen.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }

    [Fact]
    public async Task An_operator_who_opens_the_wallboard_or_the_staffing_desk_is_refused()
    {
        var page = await SignedInAsync("op-web-2", await OperatorAsync("op-web-2"), "/console", Chromium.Laptop);
        foreach (var path in new[] { "/wallboard", "/staffing" })
        {
            await page.GotoAsync(path);
            Assert.EndsWith("/denied", new Uri(page.Url).AbsolutePath);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ця сторінка не для вашого облікового запису");
        }
    }

    [Fact]
    public async Task A_staff_page_without_a_session_sends_the_browser_to_sign_in_and_back()
    {
        var page = await OpenAsync(Chromium.Laptop);
        await page.GotoAsync("/wallboard");
        Assert.Equal("/signin", new Uri(page.Url).AbsolutePath);
        await Chromium.ScreenshotAsync(page, "signin");
        await page.Locator("#username").FillAsync("admin");
        await page.Locator("#password").FillAsync("not the password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        await Assertions.Expect(page.Locator(".problem")).ToContainTextAsync("Неправильне ім'я користувача або пароль");
    }

    [Fact]
    public async Task No_page_has_a_serious_or_critical_accessibility_violation()
    {
        var problems = new List<string>();
        var citizen = await OpenAsync(Chromium.Phone);
        foreach (var path in new[] { "/", "/signin", "/denied", $"/status/{Guid.NewGuid()}?code=nothing" })
        {
            await citizen.GotoAsync(path);
            problems.AddRange((await Chromium.AccessibilityProblemsAsync(citizen)).Select(p => $"{path}: {p}"));
        }

        var console = await SignedInAsync("op-web-3", await OperatorAsync("op-web-3"), "/console", Chromium.Laptop);
        await Assertions.Expect(console.GetByTestId("presence")).ToBeVisibleAsync();
        problems.AddRange((await Chromium.AccessibilityProblemsAsync(console)).Select(p => $"/console: {p}"));

        var supervisor = await SignedInAsync("admin", UkcSystem.AdminPassword, "/wallboard", Chromium.Laptop);
        foreach (var path in new[] { "/wallboard", "/staffing", "/accounts" })
        {
            await supervisor.GotoAsync(path);
            await Assertions.Expect(supervisor.Locator("main h1")).ToBeAttachedAsync();
            await supervisor.WaitForTimeoutAsync(500); // the component's first data arrives
            problems.AddRange((await Chromium.AccessibilityProblemsAsync(supervisor)).Select(p => $"{path}: {p}"));
        }

        Assert.Empty(problems);
    }

    /// <summary>Signs in on the sign-in page, as a person would, and opens <paramref name="path"/>.</summary>
    private async Task<IPage> SignedInAsync(string userName, string password, string path, (int, int) size)
    {
        var page = await OpenAsync(size);
        await page.GotoAsync(path);
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);
        return page;
    }

    private static async Task<int> AnsweredAsync(IPage wallboard)
    {
        var answered = wallboard.GetByTestId("answered");
        await Assertions.Expect(answered).ToHaveTextAsync(Number());
        return int.Parse(Number().Match((await answered.TextContentAsync())!).Value);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    [GeneratedRegex(@"/status/([0-9a-f-]{36})")]
    private static partial Regex StatusPath();
}
