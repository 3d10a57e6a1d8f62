using Ukc.Contracts;

namespace Ukc.Categorization.Domain;

/// <summary>
/// Word stems of each category's topic in Ukrainian, Russian, English and Latin-letter Ukrainian. The model reads them
/// as one shared token per topic, so what it learns from a Ukrainian appeal carries over to a Russian or English one
/// with a word the training appeals never used.
/// </summary>
public static class TopicLexicon
{
    private static readonly (string Category, string[] Stems)[] Lexicon =
    [
        (Categories.Evacuation,
        [
            "евакуа", "евакуй", "евакую", "эвакуа", "эвакуир", "evacu", "evakua", "evakuy", "виїхати", "виїзд", "виїжд", "выехать",
            "выезд", "выбраться", "вибратис", "вивезти", "вивезіть", "вивезе", "вивози", "вывезти", "вывезите", "вывоз", "vyvez",
            "потяг", "поїзд", "поезд", "train", "автобус", "bus", "коридор", "corridor", "транспорт", "transport", "get out",
            "leave the city", "leave", "виїхав", "забер", "заберіть", "выбраться", "витягнути", "вытащить", "забрати", "забрать", "get her out", "get him out", "get them out", "leaving", "їде сьогодні", "едет сегодня", "місце для", "колон", "convoy", "route", "маршрут", "safe road", "safer road", "поїхати", "уехать", "виїдемо", "виїхали", "выехали", "лежачий транспорт", "ноші", "носилк", "stretcher", "вокзал", "station",
        ]),
        (Categories.HumanitarianAid,
        [
            "гуманітар", "гуманитар", "humanitar", "humanitarn", "продукт", "продукти", "їжа", "їжі", "їсти", "еда", "еды",
            "food", "grocer", "набір", "набор", "kit", "package", "посилк", "хліб", "хлеб", "bread", "підгуз", "подгуз", "diaper",
            "дитяче харч", "детское питан", "суміш", "смесь", "formula", "baby food", "одяг", "одежд", "cloth", "ковдр",
            "одеял", "blanket", "гігієн", "гигиен", "hygien", "питна вода", "питьев", "drinking water", "роздають", "раздают",
            "видають", "выдают", "aid", "допомог продукт", "волонтер", "volunteer",
        ]),
        (Categories.SocialPayments,
        [
            "виплат", "выплат", "payment", "пенсі", "пенси", "pension", "pensiy", "допомогу впо", "помощь впо", "idp payment",
            "єдопомог", "еДопомог", "edopomog", "yedopomo", "безробітт", "безработ", "unemploy", "зарплат", "salary", "wage",
            "гроші", "деньги", "money", "hroshi", "картк", "карту", "card", "банк", "bank", "ощад", "приват", "соцзахист",
            "соцзащит", "social", "субсид", "subsid", "пособи", "нарахув", "начисл", "2000", "3000", "6500", "платять", "платят", "догляд", "уход за", "стипенд", "scholarship", "зайнятост", "занятост", "employment center", "при народженні", "при рождении", "аліменти", "алименты", "пенсію по", "пенсию по", "выплату", "виплату", "6600", "грошов", "денежн", "cash", "allowance", "фоп", "підприєм", "предприним", "держпідтрим", "господарств",
        ]),
        (Categories.Medical,
        [
            "лік", "ліки", "лекарств", "medicin", "medicat", "liky", "лікар", "врач", "doctor", "лікарн", "больниц", "hospital",
            "інсулін", "инсулин", "insulin", "аптек", "apteк", "pharmac", "apteky", "хворі", "хвор", "болезн", "болит",
            "діабет", "диабет", "diabet", "тиск", "давлен", "pressure", "серц", "сердц", "heart", "швидк", "скорая", "скорую",
            "ambulance", "операц", "surgery", "рецепт", "prescript", "онко", "cancer", "хіміо", "химио", "діаліз", "диализ",
            "dialysis", "вагітн", "беремен", "pregnan", "пологов", "роддом", "температур", "fever", "астм", "asthma", "інвалідн", "лор", "невролог", "neurolog", "гінеколог", "гинеколог", "gynecolog", "пульмонолог", "pulmonoloh", "окуляр", "очки", "glasses", "протез", "prosthe", "лікуват", "лечит", "лечени", "likuv", "onkol", "травматолог", "педіатр", "педиатр", "pediatric", "окуліст", "окулист", "стоматолог", "dentist", "зуб", "tooth", "infection", "інфекц", "инфекц", "вакцин", "vaccin", "щеплен", "прививк", "аналіз", "анализ", "ковід", "ковид", "covid", "кисн", "кислород", "oxygen", "психіатр", "психиатр", "лікування", "лечение",
            "реабіліт", "реабилит", "епілеп", "эпилеп", "медик", "медиц", "medical", "пігулк", "таблет", "pills", "insulin",
        ]),
        (Categories.PsychologicalSupport,
        [
            "психолог", "psycholog", "psykholoh", "психотерап", "therap", "тривог", "тревог", "anxiety", "anxious", "панік",
            "паник", "panic", "страх", "fear", "боюсь", "боюся", "afraid", "scared", "не можу спати", "не могу спать",
            "can't sleep", "безсонн", "бессонн", "insomnia", "депрес", "depress", "плач", "cry", "горе", "grief", "втрат",
            "потер", "loss", "жити", "жить", "сенс", "смысл", "самотн", "одиноч", "lonely", "травм", "trauma", "стрес",
            "стресс", "stress", "нерв", "кошмар", "nightmare", "поговорити", "поговорить", "talk to someone", "підтримк",
            "поддержк", "support", "загинув", "загинула", "погиб", "killed", "died", "птср", "ptsd", "бояться", "боїться", "боїмося", "terrified", "кричить вночі", "кричит ночью", "nightmares", "не говорить", "перестав говорити", "перестал разговаривать", "stopped speaking", "божевол", "схожу с ума", "going crazy", "змиритися", "смириться", "отямит", "агресивн", "агрессивн", "aggressive", "прощаєт", "прощается", "goodbye", "наковтал", "наглотал", "мотузк", "тягар", "burden", "вигор", "выгор", "burn out", "burnout", "емоці", "эмоци", "на душі", "на душе", "counsel", "mental health", "заїка", "заика", "stutter", "замкну", "замкнул",
        ]),
        (Categories.MissingPersons,
        [
            "зник", "пропал", "пропав", "missing", "propav", "розшук", "розыск", "search", "шукаю", "шукаємо", "ищу", "ищем",
            "looking for", "shukayu", "полон", "плен", "captiv", "prisoner", "зв'язку", "звязку", "связи", "contact",
            "zv'yazku", "не відповіда", "не отвечает", "не отвечают", "no answer", "not answering", "нема новин", "нет новостей",
            "no news", "без вісти", "без вести", "military unit", "бригад", "військов", "военн", "soldier", "солдат", "служив",
            "служил", "served", "депорт", "deport", "фільтрац", "фильтрац", "filtrat", "вивезли в росі", "вывезли в росси",
            "де він", "где он", "where is", "не вийшов на зв", "не выходит на связь", "зниклий", "lost contact", "не виходить на зв", "зник зв", "досі нема", "досі немає", "пішов з дому", "пішла з дому", "ушел из дома", "ушла из дома", "не повернувся", "не повернулась", "не вернулся", "не вернулась", "исчез", "зникла", "зникли", "пропала", "пропали", "деменці", "деменци", "альцгеймер", "alzheimer", "тіла", "тела", "bodies", "сізо", "сизо", "координаційн", "координационн", "обшук", "обыск", "нема зв", "нет связи с", "no contact", "haven't heard", "not heard from",
        ]),
        (Categories.HousingDamage,
        [
            "зруйн", "разруш", "destroy", "зрујн", "пошкодж", "поврежд", "damag", "poshkod", "дах", "крыш", "roof", "вікна",
            "вікон", "окна", "окон", "window", "vikna", "житл", "жиль", "жилье", "housing", "hous", "квартир", "apartment",
            "будин", "будинок", "дом", "home", "budynok", "компенсац", "compensat", "відбудов", "восстановлен", "rebuild",
            "ремонт", "repair", "стін", "стен", "wall", "завал", "rubble", "debris", "обвал", "collaps", "перекрит", "тимчасов",
            "временн", "temporary", "прихист", "shelter for", "модульн", "гуртожит", "общежит", "dormitor", "оренд", "аренд",
            "rent", "поселит", "поселен", "accommodat", "осб", "плівк", "пленк",
        ]),
        (Categories.Documents,
        [
            "паспорт", "passport", "pasport", "документ", "document", "dokument", "свідоцтв", "свидетельств", "certificat",
            "svidotstv", "довідк", "справк", "dovidk", "id-карт", "id карт", "id card", "id-card", "дія", "дії", "дию", "diia",
            "diya", "реєстрац", "регистрац", "registr", "цнап", "цнап", "мігрант", "миграц", "migrat", "кордон", "границ",
            "border", "кордон", "закордон", "загран", "нотаріус", "нотариус", "notar", "довіреніст", "доверенност", "power of attorney",
            "прописк", "запис актів", "загс", "рацс", "свідоцтво про", "birth", "death", "шлюб", "брак", "marriage", "посвідчен",
            "удостоверен", "права водія", "driver", "статус впо", "idp status", "idp certificate", "оформ", "oform",
        ]),
        (Categories.Utilities,
        [
            "світл", "свет", "electric", "svitl", "електр", "электр", "power", "газ", "gas", "hazu", "вод", "water", "vody",
            "опален", "отоплен", "heating", "opalen", "тепл", "heat", "мобільн", "мобильн", "mobile",
            "інтернет", "интернет", "internet", "київстар", "киевстар", "kyivstar", "водоканал", "теплоком", "облэнерго",
            "обленерго", "графік відключ", "график отключ", "blackout", "відключ", "отключ", "outage", "vidklyuch", "каналізац",
            "канализац", "sewer", "котельн", "котельн", "бойлер", "ліфт", "лифт", "elevator", "лічильник", "счетчик", "meter",
            "комунал", "коммунал", "utilit", "подач", "генератор", "generator", "сигнал", "signal", "вишк", "вышк", "укртелеком", "водогін", "водопровод", "батаре", "радіатор", "пункт обігріву", "пункт обогрева", "незламн", "свічк", "свечк",
        ]),
        (Categories.SafetyThreat,
        [
            "обстріл", "обстрел", "shell", "obstril", "вибух", "взрыв", "explos", "vybukh", "снаряд", "shell", "ракет", "rocket",
            "missile", "міна", "міни", "мін ", "мина", "мины", "mine", "розмінув", "разминир", "demin", "сапер", "sapper",
            "диверсант", "saboteur", "мародер", "марадер", "loot", "укритт", "укрыт", "shelter", "бомбосхов", "бомбоубеж",
            "bomb", "тривог", "тревог", "air raid", "сирен", "siren", "стріля", "стреля", "shoot", "shot", "танк", "tank",
            "дрон", "drone", "прил", "влучан", "попадан", "strike", "невибухл", "неразорвав", "unexplod", "розтяжк", "растяжк",
            "граната", "grenade", "окупант", "оккупант", "occupi", "солдати рф", "russian soldier", "погроз", "угроз", "threat",
            "небезпеч", "опасн", "danger", "бій", "бой", "fight", "комендантськ", "комендантск", "curfew", "підозріл",
            "подозрит", "suspicious", "мітки", "метки", "мітку", "метку", "booby trap", "незнайом", "незнаком", "stranger", "свист", "трясеться", "трясется",
        ]),
        (Categories.Other,
        [
            "дякую", "дякуємо", "спасибо", "благодар", "thank", "dyakuyu", "подяк", "гаряча лінія", "горячая линия", "hotline",
            "оператор", "operator", "скарг", "жалоб", "complain", "пропозиц", "предложен", "suggest", "волонтер", "волонтёр",
            "volunteer", "хочу допомогти", "хочу помочь", "want to help", "робота", "работ", "job", "вакансі", "ваканси",
            "як з вами", "как с вами", "how to contact", "цілодобово", "круглосуточно", "24/7", "реклам",
            "спам", "spam", "привіт", "привет", "номер", "пожертв", "пожертвов", "donat", "пропону", "пропоную", "предлага", "предложить", "offer", "можу безкоштовно", "могу бесплатно", "ресторан", "restaurant", "кіно", "кино", "фільм", "фильм", "погод", "weather", "курс долар", "курс доллар", "exchange rate", "футбол", "football", "концерт", "concert", "порадьте", "посоветуйте", "вакансі", "ідея", "идея", "idea", "чат-бот", "бот", "вайбер", "viber", "телеграм", "telegram", "сайт", "website", "журналіст", "журналист", "journalist", "interview", "інтерв", "интервью", "таксист", "перевізник", "дзвінок", "звонок",
        ]),
    ];

    private const int ShortestStem = 2;

    // Single-word stems are looked up by each word's prefixes, phrases by a search of the whole text: a few hash
    // lookups a word instead of hundreds of searches of the text.
    private static readonly Dictionary<string, string[]> ByStem = Lexicon
        .SelectMany(topic => topic.Stems.Where(IsWord).Select(stem => (Stem: stem.Trim(), topic.Category)))
        .GroupBy(entry => entry.Stem, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.Select(entry => entry.Category).Distinct().ToArray(), StringComparer.Ordinal);

    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> ByStemSpan = ByStem.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestStem = ByStem.Keys.Max(stem => stem.Length);

    private static readonly (string Phrase, string Category)[] Phrases =
        [.. Lexicon.SelectMany(topic => topic.Stems.Where(stem => !IsWord(stem)).Select(stem => (stem, topic.Category)))];

    /// <summary>The category of every stem that begins a word of the lower-case text, and of every phrase in it.</summary>
    public static List<string> Topics(string lowerText, IReadOnlyList<string> words)
    {
        var topics = new List<string>();
        foreach (var word in words)
        {
            for (var length = ShortestStem; length <= Math.Min(word.Length, LongestStem); length++)
            {
                if (ByStemSpan.TryGetValue(word.AsSpan(0, length), out var categories))
                {
                    topics.AddRange(categories);
                }
            }
        }

        foreach (var (phrase, category) in Phrases)
        {
            if (lowerText.Contains(phrase, StringComparison.Ordinal))
            {
                topics.Add(category);
            }
        }

        return topics;
    }

    private static bool IsWord(string stem) => stem.Trim().All(c => char.IsLetterOrDigit(c) || c == '\'');
}
