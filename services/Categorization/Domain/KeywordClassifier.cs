using Ukc.Contracts;

namespace Ukc.Categorization.Domain;

/// <summary>
/// A first reading of an appeal by word stems in Ukrainian, Russian and English: the category whose
/// stems occur most, a priority from words of danger or vulnerability, distress from cries for help.
/// </summary>
public sealed class KeywordClassifier
{
    public const double ReviewThreshold = 0.5;

    private static readonly Dictionary<string, string[]> CategoryStems = new()
    {
        [Categories.Evacuation] = ["евакуй", "евакуа", "евакую", "эвакуа", "эвакуир", "evacu", "виїхати", "выехать", "вивезти", "вывезти", "потяг", "поезд", "train"],
        [Categories.HumanitarianAid] = ["гуманітар", "гуманитар", "humanitarian", "продукт", "їжа", "їжі", "еда", "еды", "food", "набір", "набор"],
        [Categories.SocialPayments] = ["виплат", "выплат", "пенсі", "пенси", "pension", "payment", "допомог", "пособи", "впо"],
        [Categories.Medical] = ["лік", "лекарств", "medicine", "лікар", "врач", "doctor", "лікарн", "больниц", "hospital", "інсулін", "инсулин"],
        [Categories.PsychologicalSupport] = ["психолог", "psycholog", "тривог", "тревог", "anxiety", "не можу спати", "не могу спать", "депрес"],
        [Categories.MissingPersons] = ["зник", "пропал", "missing", "розшук", "розыск", "полон", "плен", "зв'язку", "связи"],
        [Categories.HousingDamage] = ["зруйн", "разруш", "destroy", "пошкодж", "поврежд", "damage", "дах", "крыш", "roof", "вікна", "окна"],
        [Categories.Documents] = ["паспорт", "passport", "документ", "document", "свідоцтв", "свидетельств", "довідк", "справк"],
        [Categories.Utilities] = ["світл", "свет", "electric", "газ", "gas", "вод", "water", "опален", "отоплен", "heating"],
        [Categories.SafetyThreat] = ["обстріл", "обстрел", "shelling", "вибух", "взрыв", "explos", "мін", "снаряд", "диверсант"],
    };

    private static readonly string[] CriticalStems =
        ["поранен", "ранен", "wounded", "під завал", "под завал", "rubble", "кровотеч", "кровотеч", "bleeding", "обстріл зараз", "стріляють", "стреляют", "не дихає", "не дышит", "покінчити", "покончить", "suicid", "нерозірван", "неразорван", "unexploded"];

    private static readonly string[] HighStems =
        ["лежач", "bedridden", "інвалід", "инвалид", "disabled", "немовл", "младен", "baby", "без опалення", "без отопления", "no heating", "кілька днів без", "несколько дней без", "for days"];

    private static readonly string[] LowStems =
        ["дякую", "спасибо", "thank", "подяк", "благодар", "інформац", "информац", "information", "підкажіть", "подскажите"];

    private static readonly string[] DistressStems =
        ["допоможіть", "помогите", "help", "рятуйте", "спасите", "страшно", "scared", "паніка", "паника", "panic", "!!!"];

    public Classification Classify(string text)
    {
        var lower = text.ToLowerInvariant();
        var (category, hits, total) = BestCategory(lower);
        var confidence = total == 0 ? 0.2 : (double)hits / total;
        var distress = Math.Min(3, DistressStems.Count(lower.Contains));
        var priority = CriticalStems.Any(lower.Contains) ? Priorities.Critical
            : HighStems.Any(lower.Contains) ? Priorities.High
            : LowStems.Any(lower.Contains) ? Priorities.Low
            : Priorities.Normal;
        var language = LanguageDetector.Detect(text);

        var skills = new List<string> { category, language };
        if (distress >= 2 || category == Categories.PsychologicalSupport)
        {
            skills.Add(Skills.PsychologicalFirstAid);
        }

        return new Classification(category, priority, distress, language, skills, confidence, confidence < ReviewThreshold);
    }

    private static (string Category, int Hits, int Total) BestCategory(string lower)
    {
        var best = Categories.Other;
        int bestHits = 0, total = 0;
        foreach (var (category, stems) in CategoryStems)
        {
            var hits = stems.Count(lower.Contains);
            total += hits;
            if (hits > bestHits)
            {
                best = category;
                bestHits = hits;
            }
        }

        return (best, bestHits, total);
    }
}
