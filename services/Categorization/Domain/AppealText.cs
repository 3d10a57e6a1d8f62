using System.Diagnostics.CodeAnalysis;
using System.Text;
using Ukc.Contracts;

namespace Ukc.Categorization.Domain;

/// <summary>The text as the models and rules read it.</summary>
public static class AppealText
{
    public const int MaxLength = AppealLimits.MaxTextLength;

    /// <summary>Whether a text, already trimmed, can be classified: 1 to <see cref="MaxLength"/> characters.</summary>
    public static bool IsClassifiable([NotNullWhen(true)] string? trimmed) => !string.IsNullOrEmpty(trimmed) && trimmed.Length <= MaxLength;

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text)
        {
            var mapped = c switch
            {
                '’' or 'ʼ' or '`' or '´' or '‘' => '\'',
                _ when char.IsControl(c) || char.IsWhiteSpace(c) => ' ',
                _ => c,
            };
            if (mapped == ' ' && lastWasSpace)
            {
                continue;
            }

            builder.Append(mapped);
            lastWasSpace = mapped == ' ';
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>
    /// The text as the models and the priority rules read it: normalized, in lower case, Ukrainian or Russian typed in
    /// Latin letters put in Cyrillic, Latin look-alike letters inside Cyrillic words made Cyrillic (a Latin i in
    /// "дiти"), a letter said three times or more said once ("допоможітььь") and repeated punctuation once.
    /// </summary>
    public static string ForReading(string text)
    {
        var lower = Normalize(text).ToLowerInvariant();
        if (lower.Any(c => c is >= 'a' and <= 'z'))
        {
            lower = LookAlikesFolded(LanguageDetector.IsSlavicInLatin(lower) ? LatinLetters.ToCyrillic(lower) : lower);
        }

        return Squeezed(lower);
    }

    private static string LookAlikesFolded(string lower)
    {
        var text = lower.ToCharArray();
        for (var i = 0; i < text.Length; i++)
        {
            if (LookAlike(text[i]) is { } cyrillic && (IsCyrillic(At(text, i - 1)) || IsCyrillic(At(text, i + 1))))
            {
                text[i] = cyrillic;
            }
        }

        return new string(text);
    }

    private static char? LookAlike(char latin) => latin switch
    {
        'a' => 'а', 'c' => 'с', 'e' => 'е', 'i' => 'і', 'o' => 'о', 'p' => 'р', 'x' => 'х', 'y' => 'у', 'k' => 'к', 'm' => 'м', 't' => 'т', 'h' => 'н', 'b' => 'в',
        _ => null,
    };

    private static char At(char[] text, int i) => i >= 0 && i < text.Length ? text[i] : ' ';

    private static bool IsCyrillic(char c) => c is >= 'а' and <= 'я' or 'і' or 'ї' or 'є' or 'ґ' or 'ё';

    private static string Squeezed(string lower)
    {
        var text = new StringBuilder(lower.Length);
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            var run = 1;
            while (i + run < lower.Length && lower[i + run] == c)
            {
                run++;
            }

            // Ukrainian doubles letters (знання, життя), so only three or more are one; a run of a punctuation mark is one.
            text.Append(c, char.IsLetter(c) ? run < 3 ? run : 1 : char.IsPunctuation(c) ? 1 : run);
            i += run - 1;
        }

        return text.ToString();
    }
}
