using System.Text.RegularExpressions;

namespace Ukc.Categorization.Domain;

/// <summary>
/// Distress 0–3 from the wording: 0 a calm request; one point each for cries for help, fear or despair, shouting
/// (many exclamation marks, capitals) and harm happening now; a suicidal statement is always 3.
/// </summary>
public static class DistressReader
{
    // A DFA reads the text once for all the alternatives, where backtracking tried each at every position.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    public const int Max = 3;

    public static int Read(string text)
    {
        var lower = AppealText.ForReading(text);
        return Read(text, lower, PriorityRules.Read(lower));
    }

    /// <param name="lower">The text as <see cref="AppealText.ForReading"/> gives it.</param>
    /// <param name="signals">What the priority rules found in it.</param>
    public static int Read(string text, string lower, PriorityRules.Signals signals)
    {
        if (signals.Suicidal)
        {
            return Max;
        }

        var level = 0;
        if (CryForHelpPattern.IsMatch(lower)) level++;
        if (FearOrDespairPattern.IsMatch(lower)) level++;
        if (Shouting(text)) level++;
        if (signals.Critical) level++;
        return Math.Min(Max, level);
    }

    private static bool Shouting(string text)
    {
        if (text.Contains("!!", StringComparison.Ordinal) || text.Contains("?!", StringComparison.Ordinal) || text.Contains("??", StringComparison.Ordinal))
        {
            return true;
        }

        int letters = 0, capitals = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) capitals++;
            }
        }

        return letters >= 12 && capitals * 2 > letters;
    }

    private static readonly Regex CryForHelpPattern = new(@"допоможіть|допоможи|допомогіть|помогіт|помогите|помогитє|рятуйте|спасите|благаю|умоляю|\bhelp\b|\bsos\b|терміново|срочно|негайно|urgent|будь-хто|хто-небудь|кто-нибудь", Options);

    private static readonly Regex FearOrDespairPattern = new(@"страшно|боюс|боюся|боїмо|боимся|боюсь|паніка|паника|panic|scared|afraid|terrified|жах|ужас|плачу|плаче|плачет|crying|не можу спати|не могу спать|can't sleep|відчай|отчаян|despair|не знаю що робити|не знаю что делать|що робити|что делать|what do we do|what should we do|кричить|кричит|screaming|истерик|істерик", Options);
}
