using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Ukc.Contracts;
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
        await PastWeeks.GiveAsync(system);
        await OperatorConsole.AnswerWhatWaitsAsync(system);
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

        await console.GetByTestId("resolution").FillAsync("Передано до пункту видачі на вул. Сумській");
        await console.GetByTestId("corrected-category").SelectOptionAsync(Categories.SocialPayments);
        await console.GetByTestId("resolve").ClickAsync();
        await Assertions.Expect(console.GetByTestId("in-hand")).Not.ToBeVisibleAsync();
        var id = StatusPath().Match(citizen.Url).Groups[1].Value;
        var resolved = await Eventually.HoldsAsync(
            () => system.Gateway.GetFromJsonAsync<AppealView>($"/api/appeals/{id}"),
            appeal => appeal!.Status == AppealStatuses.Resolved);
        Assert.Equal(Categories.SocialPayments, resolved!.Facts.GetValueOrDefault("correctedCategory"));

        await Assertions.Expect(wallboard.GetByTestId("answered")).Not.ToHaveTextAsync(answeredBefore.ToString(), new() { Timeout = 20_000 });
        Assert.True(await AnsweredAsync(wallboard) > answeredBefore);
        await Chromium.ScreenshotAsync(wallboard, "wallboard");

        await citizen.ReloadAsync();
        await Assertions.Expect(citizen.Locator("#progress")).ToContainTextAsync("Вирішено: Передано до пункту видачі");
    }

    [Fact]
    public async Task The_console_reconnects_when_its_stream_drops_keeping_the_offer_and_an_offer_that_lapsed_meanwhile_is_gone()
    {
        await OperatorConsole.AnswerWhatWaitsAsync(system);
        var operatorId = "op-web-4";
        var console = await SignedInAsync(operatorId, await OperatorAsync(operatorId), "/console", Chromium.Laptop);
        await console.GetByTestId("presence-available").ClickAsync();
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
    public async Task A_supervisor_sees_the_bad_row_of_a_roster_import_named_and_an_air_raid_they_announce_on_the_wallboard()
    {
        await PastWeeks.GiveAsync(system);
        var desk = await SignedInAsync("admin", UkcSystem.AdminPassword, "/staffing", Chromium.Laptop);
        await Assertions.Expect(desk.GetByTestId("roster")).ToBeVisibleAsync();
        await desk.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "team.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(Team) });
        await Assertions.Expect(desk.GetByTestId("import-report")).ToContainTextAsync("6");
        await Assertions.Expect(desk.GetByTestId("roster")).ToContainTextAsync("Оксана Бондар");
        var id = $"web-{Guid.NewGuid():N}"[..16];
        var csv = "id,name,region,sheltered_workplace,skills,shifts\n"
            + $"{id},Тарас Мороз,kharkiv,false,evacuation:2;uk:3,monday 08:00-16:00/30\n"
            + $"{id}x,Іван Романенко,atlantis,false,uk:3,\n";
        await desk.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = "roster.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await Assertions.Expect(desk.GetByTestId("import-report")).ToContainTextAsync("Рядок 3");
        await Chromium.ScreenshotAsync(desk, "staffing-import", fullPage: true);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await system.Gateway.GetAsync($"/api/staffing/operators/{id}")).StatusCode);

        foreach (var (tab, name) in new[] { ("Зміни тижня", "staffing-shifts"), ("Прогноз", "staffing-forecast") })
        {
            await desk.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
            await desk.WaitForTimeoutAsync(1000); // the tab's charts draw
            await Chromium.ScreenshotAsync(desk, name, fullPage: true);
        }

        await desk.GetByRole(AriaRole.Tab, new() { Name = "Ерланг" }).ClickAsync();
        await desk.GetByTestId("erlang-calculate").ClickAsync();
        await Assertions.Expect(desk.GetByTestId("erlang-result")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(desk, "staffing-erlang", fullPage: true);

        var wallboard = await SignedInAsync("admin", UkcSystem.AdminPassword, "/wallboard", Chromium.Tv);
        await desk.GetByRole(AriaRole.Tab, new() { Name = "Тривоги" }).ClickAsync();
        await desk.GetByTestId("alert-regions").ClickAsync();
        await desk.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Сумська область" }).ClickAsync();
        await desk.Keyboard.PressAsync("Escape");
        await desk.GetByTestId("announce-alert").ClickAsync();
        await Assertions.Expect(desk.GetByTestId("active-alerts")).ToContainTextAsync("Сумська область");
        await Chromium.ScreenshotAsync(desk, "staffing-alerts", fullPage: true);

        await Assertions.Expect(wallboard.GetByTestId("alert-banner")).ToContainTextAsync("Сумська область");
        await Chromium.ScreenshotAsync(wallboard, "wallboard-alert");

        await desk.GetByTestId("end-alert").First.ClickAsync();
        await Assertions.Expect(wallboard.GetByTestId("alert-banner")).Not.ToBeVisibleAsync();
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
    public async Task The_API_reference_shows_every_services_OpenAPI_document_without_a_sign_in()
    {
        var anonymous = system.Citizen();
        foreach (var service in new[] { "intake", "categorization", "assignment", "staffing", "reporting" })
        {
            using var document = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/docs/openapi/{service}.json"));
            Assert.True(document.RootElement.GetProperty("paths").EnumerateObject().Any(), $"{service} documents no path");
        }

        var page = await OpenAsync(Chromium.Laptop);
        await page.GotoAsync("/api/docs");
        await Assertions.Expect(page.GetByText("/api/appeals").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Chromium.ScreenshotAsync(page, "api-docs");
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
            await supervisor.WaitForTimeoutAsync(1000); // the component's first data arrives
            await Chromium.ScreenshotAsync(supervisor, $"{path.Trim('/')}-laptop", fullPage: true);
            problems.AddRange((await Chromium.AccessibilityProblemsAsync(supervisor)).Select(p => $"{path}: {p}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static readonly string[] Weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday"];
    private static readonly string[] Week = [.. Weekdays, "saturday", "sunday"];

    /// <summary>A small team on shift every day, so that the roster, the week's shifts and the forecast have something to show.</summary>
    private static readonly string Team = string.Join('\n',
    [
        "id,name,region,sheltered_workplace,skills,shifts",
        $"web-team-1,Оксана Бондар,kyiv_city,true,evacuation:3;humanitarian_aid:2;uk:3;ru:2,{Shifts(Week, "08:00-16:00/30")}",
        $"web-team-2,Андрій Шевчук,lviv,false,social_payments:3;documents:2;uk:3;en:2,{Shifts(Week, "08:00-16:00/30")}",
        $"web-team-3,Ірина Мельник,dnipropetrovsk,false,medical:3;psychological_support:3;psych_first_aid:2;uk:3,{Shifts(Week, "12:00-20:00/30")}",
        $"web-team-4,Максим Ткаченко,odesa,true,safety_threat:3;missing_persons:2;uk:3;ru:3,{Shifts(Week, "16:00-24:00/30")}",
        $"web-team-5,Наталія Кравченко,kharkiv,false,housing_damage:3;utilities:3;uk:3,{Shifts(Weekdays, "09:00-18:00/60")}",
        $"web-team-6,Юрій Олійник,vinnytsia,false,other:2;humanitarian_aid:3;uk:3;en:3,{Shifts(["saturday", "sunday"], "10:00-22:00/60")}",
    ]) + "\n";

    private static string Shifts(IEnumerable<string> days, string hours) => string.Join(';', days.Select(day => $"{day} {hours}"));

    /// <summary>Signs in on the sign-in page, as a person would, and opens <paramref name="path"/>.</summary>
    private async Task<IPage> SignedInAsync(string userName, string password, string path, (int, int) size)
    {
        var page = await OpenAsync(size);
        await page.GotoAsync(path);
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path);
        // Staff pages render only once WebAssembly has started; the first start on a busy machine takes longest.
        await page.Locator("main").WaitForAsync(new() { Timeout = 90_000 });
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
