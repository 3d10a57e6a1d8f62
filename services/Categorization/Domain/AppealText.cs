using System.Diagnostics.CodeAnalysis;
using System.Text;
using Ukc.Contracts;

namespace Ukc.Categorization.Domain;

/// <summary>The text as the models read it: one apostrophe, no control characters, spaces collapsed.</summary>
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
}
