using System.Text;

namespace Ukc.Categorization.Domain;

/// <summary>The text as the models read it: one apostrophe, no control characters, spaces collapsed.</summary>
public static class AppealText
{
    public const int MaxLength = 4000;

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

    private const int StemLength = 5;

    /// <summary>The words cut to their first letters: a crude stemmer that serves Ukrainian and Russian endings well.</summary>
    public static string Stems(string normalized)
    {
        var lower = normalized.ToLowerInvariant();
        var builder = new StringBuilder(lower.Length + 64);
        var word = 0;
        foreach (var c in lower)
        {
            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                if (word++ < StemLength)
                {
                    builder.Append(c);
                }
            }
            else if (word > 0)
            {
                builder.Append(' ');
                word = 0;
            }
        }

        return builder.ToString();
    }

    /// <summary>The topics of <see cref="TopicLexicon"/> as tokens.</summary>
    /// <remarks>
    /// The priority rules stay out of the features: a model that leaned on them would miss what they miss,
    /// while one that reads the words alone catches critical appeals the rules do not know.
    /// </remarks>
    public static string Topics(string normalized) => TopicLexicon.Tokens(normalized.ToLowerInvariant());
}
