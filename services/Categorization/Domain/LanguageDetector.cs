namespace Ukc.Categorization.Domain;

/// <summary>
/// Tells Ukrainian, Russian and English apart. In Cyrillic, by the letters only one of the two languages uses and
/// then by common words; in Latin letters, by English function words against Ukrainian written in Latin
/// (dopomozhit, nemaye, pidkazhit). Text with no letters is Ukrainian, the hotline's first language.
/// </summary>
public static class LanguageDetector
{
    public const string Ukrainian = "uk";
    public const string Russian = "ru";
    public const string English = "en";

    private static readonly HashSet<string> UkrainianWords = new(StringComparer.Ordinal)
    {
        "що", "як", "де", "та", "чи", "це", "нема", "немає", "мене", "мені", "вже", "від", "він", "вона", "ми", "нам",
        "нас", "буде", "було", "коли", "тому", "або", "дуже", "треба", "потрібна", "потрібен", "будь", "ласка",
    };

    private static readonly HashSet<string> RussianWords = new(StringComparer.Ordinal)
    {
        "что", "как", "где", "это", "нет", "меня", "мне", "уже", "он", "она", "мы", "нам", "нас", "будет", "было",
        "когда", "потому", "или", "очень", "надо", "нужна", "нужен", "пожалуйста", "и", "с", "из", "у", "его", "ее",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "is", "are", "was", "were", "to", "of", "in", "on", "for", "with", "we", "our",
        "you", "your", "he", "she", "they", "it", "have", "has", "had", "how", "where", "when", "what", "can",
        "could", "please", "there", "this", "that", "from", "at", "need", "not", "be", "been", "am", "hello", "help",
        "do", "does", "get", "him", "her", "his", "their", "who", "any", "since", "after", "days", "because",
    };

    private static readonly HashSet<string> LatinUkrainianWords = new(StringComparer.Ordinal)
    {
        "v", "u", "z", "ta", "chy", "de", "yak", "ne", "ye", "nemaye", "nemaie", "nema", "meni", "mene", "nas", "tse",
        "shcho", "scho", "sho", "dlya", "dlia", "vid", "pid", "na", "koly", "bud", "laska", "pidkazhit", "dopomozhit",
        "dobryi", "den", "vzhe", "potribna", "potriben", "treba", "yaksho", "yakshcho", "mozhna", "vony", "vin",
        "vona", "dnya", "dniv", "dopomoha", "dopomoga", "ie", "bulo", "tut", "khto", "hto", "chomu",
    };

    private static readonly HashSet<string> LatinRussianWords = new(StringComparer.Ordinal)
    {
        "kak", "iz", "chto", "shto", "gde", "net", "zdrastvuyte", "zdravstvuyte", "pomogite", "pozhaluysta", "pozhalujsta",
        "nuzhna", "nuzhno", "nuzhen", "ochen", "uzhe", "menya", "mne", "eto", "kogda", "budet", "bylo", "est", "sveta",
        "vody", "pochemu", "kto", "tolko", "seychas", "sejchas", "ya", "vy", "ona", "oni", "deti",
    };

    /// <summary>Letter pairs that Latin-lettered Ukrainian and Russian use and English hardly does.</summary>
    private static readonly string[] SlavicClusters = ["zh", "kh", "shch", "sch", "iia", "iu", "yi", "yy", "iy", "ya", "yu", "ts'"];

    public static string Detect(string text)
    {
        int ukrainianLetters = 0, russianLetters = 0, cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            switch (lower)
            {
                case 'і' or 'ї' or 'є' or 'ґ':
                    ukrainianLetters++;
                    cyrillic++;
                    break;
                case 'ы' or 'э' or 'ъ' or 'ё':
                    russianLetters++;
                    cyrillic++;
                    break;
                case >= 'а' and <= 'я':
                    cyrillic++;
                    break;
                case >= 'a' and <= 'z':
                    latin++;
                    break;
            }
        }

        if (cyrillic == 0)
        {
            return latin == 0 ? Ukrainian
                : !IsSlavicInLatin(text) ? English
                : Count(text, LatinRussianWords) > Count(text, LatinUkrainianWords) ? Russian
                : Ukrainian;
        }

        if (ukrainianLetters != russianLetters)
        {
            return ukrainianLetters > russianLetters ? Ukrainian : Russian;
        }

        var (ukrainianWords, russianWords) = (0, 0);
        foreach (var word in Words(text))
        {
            if (UkrainianWords.Contains(word)) ukrainianWords++;
            if (RussianWords.Contains(word)) russianWords++;
        }

        // Cyrillic without і, ї or є is far more often Russian than Ukrainian.
        return ukrainianWords > russianWords ? Ukrainian : Russian;
    }

    /// <summary>Ukrainian or Russian written in Latin letters rather than English: more of its words read as such.</summary>
    public static bool IsSlavicInLatin(string text)
    {
        var (english, slavic) = (0, 0);
        foreach (var word in Words(text))
        {
            if (EnglishWords.Contains(word)) english++;
            else if (LatinUkrainianWords.Contains(word) || LatinRussianWords.Contains(word)
                || SlavicClusters.Any(cluster => word.Contains(cluster, StringComparison.Ordinal))) slavic++;
        }

        return slavic > english;
    }

    private static int Count(string text, HashSet<string> words) => Words(text).Count(words.Contains);

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    private static readonly char[] Separators = [' ', ',', '.', '!', '?', ';', ':', '(', ')', '"', '-', '—', '\n', '\r', '\t', '/'];
}
