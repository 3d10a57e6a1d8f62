namespace Ukc.Intake.Domain;

/// <summary>
/// A citizen who calls or writes again about the same thing soon after (<see cref="IntakeOptions.RepeatContactWindow"/>)
/// is a repeat contact: linked to the first appeal, not dropped, and counted. The same thing is the same words, whatever
/// the case, punctuation and order, in at least 80 of every 100: this gives each text's words, and accept-appeal.lua
/// compares them in the step that stores the appeal, so that two appeals sent at once are linked too.
/// </summary>
public static class RepeatContact
{
    /// <summary>The text's distinct words in lower case, separated by spaces; empty for a text without words.</summary>
    public static string Words(string text) =>
        string.Join(' ', text.ToLowerInvariant()
            .Split((char[])[' ', '\n', '\r', '\t', ',', '.', '!', '?', ';', ':', '"', '(', ')', '-', '—'], StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal));
}
