using System.Globalization;
using System.Resources;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Ukc.Gateway.Citizens;
using Ukc.Gateway.Client;
using Ukc.Gateway.Client.Api;
using Ukc.Gateway.Components;
using Ukc.Gateway.Guidance;

[assembly: NeutralResourcesLanguage("uk")]

namespace Ukc.Gateway;

/// <summary>
/// The web UI at the gateway's origin: the citizen's pages and the sign-in page rendered on the server as plain HTML,
/// the staff pages as WebAssembly components; in Ukrainian unless the browser chose English.
/// </summary>
public static class WebUi
{
    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("uk"), CultureInfo.GetCultureInfo("en")];

    public static WebApplicationBuilder AddUkcWebUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveWebAssemblyComponents();
        // Cyrillic as it is, not as character references: a third of the bytes of a citizen's page.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddLocalization();
        builder.Services.AddScoped<Names>();
        builder.Services.AddSingleton<Hotline>();
        builder.Services.AddHttpClient<CitizenDesk>();
        builder.Services.AddSingleton<GuidanceCards>();
        return builder;
    }

    public static WebApplication UseUkcLanguages(this WebApplication app)
    {
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = options.SupportedUICultures = Cultures;
            // The choice made with the language switch, else Ukrainian: a browser's own language list is not asked.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return app;
    }

    public static WebApplication MapUkcWebUi(this WebApplication app)
    {
        app.MapStaticAssets();
        GuidanceCards.MapGuidance(app);
        app.MapApiReference();
        app.MapGet("/culture", ChooseLanguage).AllowAnonymous().ExcludeFromDescription();
        app.MapRazorComponents<App>()
            .AddInteractiveWebAssemblyRenderMode()
            .AddAdditionalAssemblies(typeof(Ukc.Gateway.Client._Imports).Assembly);
        return app;
    }

    /// <summary>The language switch: remembered by the browser for a year, then back to the page it was used on.</summary>
    private static IResult ChooseLanguage(string? language, string? returnUrl, HttpResponse response)
    {
        var culture = Cultures.FirstOrDefault(c => c.Name == language) ?? Cultures[0];
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
        return Results.LocalRedirect(returnUrl is ['/', not '/' and not '\\', ..] ? returnUrl : "/");
    }
}
