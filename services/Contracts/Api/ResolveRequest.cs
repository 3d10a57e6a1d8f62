namespace Ukc.Contracts;

/// <summary>How the operator resolved the appeal in hand.</summary>
public sealed record ResolveRequest(string? Resolution, string? Notes, string? CorrectedCategory) : IRequestBody
{
    public const int MaxResolutionLength = 200;
    public const int MaxNotesLength = 4000;

    public static string InvalidTitle => "The appeal cannot be resolved.";

    public Dictionary<string, string[]>? Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Resolution) || Resolution.Trim().Length > MaxResolutionLength)
        {
            errors["resolution"] = [$"Say how the appeal was resolved, in at most {MaxResolutionLength} characters."];
        }

        if (Notes?.Length > MaxNotesLength)
        {
            errors["notes"] = [$"Notes are at most {MaxNotesLength} characters."];
        }

        if (CorrectedCategory is { } category && !Categories.All.Contains(category))
        {
            errors["correctedCategory"] = [$"Unknown category; one of: {string.Join(", ", Categories.All)}."];
        }

        return errors.Count == 0 ? null : errors;
    }
}
