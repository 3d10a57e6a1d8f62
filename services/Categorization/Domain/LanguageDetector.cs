namespace Ukc.Categorization.Domain;

/// <summary>Tells Ukrainian, Russian and English apart by the letters only one of them uses.</summary>
public static class LanguageDetector
{
    private const string UkrainianOnly = "іїєґ";
    private const string RussianOnly = "ыэъё";

    public static string Detect(string text)
    {
        int ukrainian = 0, russian = 0, cyrillic = 0, latin = 0;
        foreach (var c in text.ToLowerInvariant())
        {
            if (UkrainianOnly.Contains(c)) ukrainian++;
            else if (RussianOnly.Contains(c)) russian++;
            if (c is >= 'а' and <= 'я' or 'і' or 'ї' or 'є' or 'ґ' or 'ё') cyrillic++;
            else if (c is >= 'a' and <= 'z') latin++;
        }

        if (cyrillic == 0 && latin > 0) return "en";
        if (russian > ukrainian) return "ru";
        return "uk";
    }
}
