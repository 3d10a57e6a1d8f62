using System.Text;

namespace Ukc.Categorization.Domain;

/// <summary>
/// Ukrainian and Russian typed in Latin letters, as people write on a phone without a Cyrillic keyboard, put back in
/// Cyrillic: the official Ukrainian transliteration table read backwards (kh, zh, ts, ch, sh, shch, ia, iu, ie) with
/// its common informal variants (sch, ya/ja, yu/ju, ye/je, g for г, w for ш, c for ц, x for кс), so that
/// <c>potribna evakuatsiia z kharkova</c> reads like <c>потрібна евакуація з харкова</c>. Both languages come out in
/// the one spelling; the models read character n-grams, which a letter off here and there does not spoil.
/// </summary>
public static class LatinLetters
{
    // Longest first: each position takes the longest sequence that matches.
    private static readonly (string Latin, string Cyrillic)[] Table =
    [
        ("shch", "щ"), ("sch", "щ"), ("zgh", "зг"),
        ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
        ("yu", "ю"), ("iu", "ю"), ("ju", "ю"), ("ya", "я"), ("ia", "я"), ("ja", "я"),
        ("ye", "є"), ("ie", "є"), ("je", "є"), ("yo", "йо"), ("jo", "йо"),
        ("a", "а"), ("b", "б"), ("c", "ц"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "г"), ("i", "і"),
        ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("q", "к"), ("r", "р"),
        ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "ш"), ("x", "кс"), ("y", "и"), ("z", "з"),
    ];

    /// <summary>The entries of <see cref="Table"/> by their first letter, longest first.</summary>
    private static readonly (string Latin, string Cyrillic)[][] ByFirstLetter =
        [.. Enumerable.Range('a', 26).Select(letter => Table.Where(entry => entry.Latin[0] == letter).ToArray())];

    /// <summary>The Latin letters of a lower-case text in Cyrillic; everything else as it was.</summary>
    public static string ToCyrillic(string lower)
    {
        var text = new StringBuilder(lower.Length);
        var i = 0;
        while (i < lower.Length)
        {
            if (lower[i] is < 'a' or > 'z')
            {
                text.Append(lower[i++]);
                continue;
            }

            // "yi" and "ji" start a word with ї (Yizhakevych); inside one they are two letters (Kyiv, Zhytomyr).
            if (i + 1 < lower.Length && lower[i] is 'y' or 'j' && lower[i + 1] == 'i' && (i == 0 || !char.IsLetter(lower[i - 1])))
            {
                text.Append('ї');
                i += 2;
                continue;
            }

            var (latin, cyrillic) = ByFirstLetter[lower[i] - 'a'].First(entry => string.CompareOrdinal(lower, i, entry.Latin, 0, entry.Latin.Length) == 0);
            text.Append(cyrillic);
            i += latin.Length;
        }

        return text.ToString();
    }
}
