using Microsoft.Extensions.Localization;

namespace Ukc.Gateway.Client;

/// <summary>
/// The names people read for the ids of <see cref="Ukc.Contracts"/>: oblasts, categories, priorities, presence, statuses,
/// languages and channels, from <c>Names.resx</c> (Ukrainian) and <c>Names.en.resx</c>.
/// </summary>
public sealed class Names(IStringLocalizer<Names> text)
{
    public string Region(string? id) => Of("region", id);

    public string Category(string? id) => Of("category", id);

    public string Priority(string? id) => Of("priority", id);

    public string Presence(string? id) => Of("presence", id);

    public string Status(string? id) => Of("status", id);

    public string Language(string? id) => Of("language", id);

    public string Channel(string? id) => Of("channel", id);

    private string Of(string kind, string? id) =>
        id is null ? "—" : text[$"{kind}.{id}"] is { ResourceNotFound: false } found ? found.Value : id;
}
