using Ukc.Contracts;

namespace Ukc.Intake.Domain;

/// <summary>What a citizen sends through the web form, the chat or the callback request.</summary>
public sealed record AppealSubmission(
    string? Text,
    string? Channel,
    string? Name,
    string? Phone,
    string? Region,
    string? PreferredLanguage)
{
    public const int MaxTextLength = 4000;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        var text = Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors["text"] = ["The appeal text is required."];
        }
        else if (text.Length > MaxTextLength)
        {
            errors["text"] = [$"The appeal text must be at most {MaxTextLength} characters; it has {text.Length}."];
        }

        if (Channel is not null && !Channels.All.Contains(Channel))
        {
            errors["channel"] = [$"Unknown channel '{Channel}'. Known channels: {string.Join(", ", Channels.All)}."];
        }

        return errors;
    }
}
