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
}
