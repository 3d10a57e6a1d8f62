using Markdig;
using Ukc.Contracts;
using Ukc.ServiceDefaults.Auth;

namespace Ukc.Gateway.Guidance;

/// <summary>
/// What an operator should ask and tell for an appeal's category: Markdown in this folder, one file per category and
/// language (<c>evacuation.uk.md</c>), rendered to HTML once at start with raw HTML in the files disabled.
/// </summary>
public sealed class GuidanceCards
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private readonly Dictionary<(string Category, string Language), string> cards = [];

    public GuidanceCards()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Guidance");
        foreach (var category in Categories.All)
        {
            foreach (var language in new[] { Languages.Ukrainian, Languages.English })
            {
                var file = Path.Combine(folder, $"{category}.{language}.md");
                if (File.Exists(file))
                {
                    cards[(category, language)] = Markdown.ToHtml(File.ReadAllText(file), Pipeline);
                }
            }
        }
    }

    /// <summary>The card in the language asked for, else the Ukrainian one.</summary>
    public GuidanceCard? Find(string category, string? language) =>
        cards.TryGetValue((category, language ?? Languages.Ukrainian), out var html) ? new GuidanceCard(category, language!, html)
        : cards.TryGetValue((category, Languages.Ukrainian), out html) ? new GuidanceCard(category, Languages.Ukrainian, html)
        : null;

    public static IEndpointRouteBuilder MapGuidance(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/guidance/{category}", (string category, string? language, GuidanceCards cards) =>
                cards.Find(category, language) is { } card ? Results.Ok(card) : Results.NotFound())
            .RequireAuthorization(Access.Staff).WithTags("Guidance");
        return app;
    }
}
