namespace Ukc.Intake.Domain;

/// <summary>
/// A citizen who calls or writes again about the same thing soon after (<see cref="IntakeOptions.RepeatContactWindow"/>)
/// is a repeat contact: linked to the first appeal, not dropped, and counted.
/// </summary>
public static class RepeatContact
{
    private const double SameWordsShare = 0.8;

    /// <summary>The same words, whatever the case, punctuation and order, in at least 80 of every 100.</summary>
    public static bool IsNearIdentical(string first, string second)
    {
        var a = Words(first);
        var b = Words(second);
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / Math.Max(a.Count, b.Count) >= SameWordsShare;
    }

    private static HashSet<string> Words(string text) =>
        [.. text.ToLowerInvariant()
            .Split((char[])[' ', '\n', '\r', '\t', ',', '.', '!', '?', ';', ':', '"', '(', ')', '-', '—'], StringSplitOptions.RemoveEmptyEntries)];
}
