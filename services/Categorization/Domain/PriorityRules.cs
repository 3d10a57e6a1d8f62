using System.Text.RegularExpressions;
using Ukc.Contracts;

namespace Ukc.Categorization.Domain;

/// <summary>
/// Words that mean a life is at stake now or a vulnerable person is in a hard situation. They only ever raise the
/// priority the model gave: a missed critical appeal costs far more than an operator reading a normal one early.
/// </summary>
public static class PriorityRules
{
    // A DFA reads the text once for all the alternatives, where backtracking tried each at every position.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>What the rules find in the text, which must be as <see cref="AppealText.ForReading"/> gives it.</summary>
    public readonly record struct Signals(bool Suicidal, bool Critical, bool High);

    private static readonly List<string> Written = [];

    /// <summary>Every alternative of every rule, one pattern each: each must fire on at least two training appeals.</summary>
    internal static IReadOnlyList<Regex> Alternatives => [.. Written.Select(alternative => new Regex(alternative, Options))];

    // One alternative a line, joined into the one pattern the DFA reads.
    private static Regex AnyOf(string[] alternatives)
    {
        Written.AddRange(alternatives);
        return new(string.Join('|', alternatives), Options);
    }

    public static Signals Read(string lowerText)
    {
        var suicidal = SuicidalStatementPattern.IsMatch(lowerText);
        var critical = suicidal
            || ThreatNowPattern.IsMatch(lowerText)
            || ShellingNowPattern.IsMatch(lowerText)
            || IntrudersNowPattern.IsMatch(lowerText)
            || (InjuryPattern.IsMatch(lowerText) && !PastInjuryPattern.IsMatch(lowerText))
            || BleedingNowPattern.IsMatch(lowerText)
            || LifeSupportUnpoweredPattern.IsMatch(lowerText)
            || TrappedPattern.IsMatch(lowerText)
            || OrdnancePattern.IsMatch(lowerText)
            || MedicineGoneTodayPattern.IsMatch(lowerText)
            || MissingNowPattern.IsMatch(lowerText)
            || HazardNowPattern.IsMatch(lowerText);
        return new Signals(suicidal, critical, !critical && VulnerablePattern.IsMatch(lowerText));
    }

    public static bool IsCritical(string text) => Read(AppealText.ForReading(text)).Critical;

    public static bool IsHigh(string text) => Read(AppealText.ForReading(text)).High;

    public static string Combine(string modelPriority, string text) => Combine(modelPriority, Read(AppealText.ForReading(text)));

    public static string Combine(string modelPriority, Signals signals)
    {
        if (signals.Critical)
        {
            return Priorities.Critical;
        }

        if (modelPriority is Priorities.Normal or Priorities.Low && signals.High)
        {
            return Priorities.High;
        }

        return modelPriority;
    }

    private static readonly Regex ThreatNowPattern = AnyOf(
    [
        @"(прямо зараз|прямо сейчас|right now|щойно|зараз|сейчас).{0,40}(обстріл|обстрел|вибух|взрыв|бомбл|бомбят|стріля|стреля|бій|бой|бои|shell|explosion|влучан|ракет|прил[іе]т)",
        @"(обстріл|обстрел|вибух|взрыв|бомбл|бомбят|shell|бій|бой|бои|explosions).{0,40}(прямо зараз|прямо сейчас|right now|щойно)",
        @"стріляють",
        @"стреляют",
        @"стрілянина",
        @"shooting",
        @"обстрілюють",
        @"обстреливают",
        @"being shelled",
        @"shot at",
        @"під обстрілом",
        @"бомблять",
        @"бомбят",
        @"б'ють з",
        @"бьют",
        @"снайпер",
        @"горить",
        @"горит",
        @"горять",
        @"on fire",
        @"пожеж",
        @"йде бій",
        @"снаряди лягають",
        @"танки на",
        @"постріли",
        @"ховаємось",
        @"прячемся",
        @"hiding",
        @"хитається",
        @"трясеться",
        @"дим,",
        @"smoke",
    ]);

    /// <summary>Shelling, shooting or a drone overhead as it happens.</summary>
    private static readonly Regex ShellingNowPattern = AnyOf(
    [
        @"(вибух|взрыв|обстріл|обстрел|vybukh|obstril|explosions|shelling).{0,20}(кожн\w* (\S+ )?хвилин|кажд\w* (\S+ )?минут|every (\S+ )?(\S+ )?minutes?|nonstop|non-stop|без перерви|без перерыва)",
        @"(чуємо|чую|слышим|слышу|we hear|i hear|we can hear|chuiemo|chuyemo|chuiu|chuyu) (\w+ )?(вибух|взрыв|explosion|постріл|выстрел|автоматн|стрілянин|стрельб|gunfire|shots|vybukh|postril|strilianyn|strilyanyn)",
        @"(кругом|навколо|довкола|вокруг|all around us).{0,5}(обстріл|вибух|взрыв|обстрел|explosion|shelling)",
        @"(зараз|щойно|тільки що|только что|сейчас|прямо).{0,20}(гупнуло|бахнуло|бабахнуло|грюкнуло|грохнуло|прилетіло|прилетело)",
        @"автоматн\w* черг",
        @"(дрон|шахед|коптер|бпла|dron|drone|shahed).{0,30}(над нами|над наш|кружля|кружит|висить|висит|зависа|nad namy|nad nash|over us|over our|hovering|circling)",
        @"(над нами|nad namy|over us).{0,20}(дрон|шахед|летить|летит|літає|кружля|dron|drone|litaie|litaye)",
    ]);

    /// <summary>Armed or unknown people at the door, looters or occupiers arriving, people hiding from them now.</summary>
    private static readonly Regex IntrudersNowPattern = AnyOf(
    [
        @"ломл\w*ться",
        @"(зі зброєю|з автомат\w*|з ножем|с автомат\w*|с оружием|с ножом|with (a )?(gun|knife|rifle)|zi zbroy|z avtomat).{0,60}(зараз|сейчас|right now|під дверима|под двер|ходять|ходят|їздять|ездят|стоїть|стоит|outside (our|the) door)",
        @"(мародер|мародёр|looter|maroder).{0,60}(зараз|сейчас|right now|ездят|їздять|ходять|ходят)",
        @"(ми|мы|we) (\w+ ){0,2}(зачинил\w*сь|закрил\w*сь|закрыл\w*сь|заперл\w*сь|забарикад|забаррикад|locked ourselves|barricaded)",
        @"(лежимо|лежим|lying|lezhymo) (\w+ )?(на підлозі|на полу|on the floor|na pidlozi|в коридорі|в коридоре|v koridori)",
        @"(ми|мы|we're|we are) (\w+ )?(на підлозі|на полу|on the floor)",
    ]);

    private static readonly Regex InjuryPattern = AnyOf(
    [
        @"поранен",
        @"поранил",
        @"поранило",
        @"\bранен",
        @"\bранил",
        @"wound",
        @"bleed",
        @"кровотеч",
        @"кров не зупин",
        @"кров з",
        @"уламок в",
        @"осколком",
        @"не дихає",
        @"not breathing",
        @"відійшли води",
        @"анафілак",
        @"знепритомн",
        @"перекосило",
        @"гіпоглікем",
        @"без свідомості",
        @"втрача\w* свідомість",
        @"втратила свідомість",
        @"теря\w* сознание",
        @"collapsed",
        @"не приходить до тями",
        @"задиха",
        @"синіють",
        @"губи сині",
        @"heart attack",
        @"інфаркт",
        @"плохо с сердцем",
        @"біль за грудиною",
        @"судоми",
        @"обпекл",
        @"підірвал",
        @"відірван",
        @"не реагує",
        @"непритомн",
        @"(почал\w*|почались|началис\w*|начались) (пологи|роди|перейми|схватки)",
        @"перейми",
    ]);

    /// <summary>A wound bleeding now is critical however old the wound is.</summary>
    private static readonly Regex BleedingNowPattern = AnyOf(
    [
        @"кровить",
        @"кров не зупиня",
    ]);

    /// <summary>Oxygen or a ventilator at home running on a battery that is running down: power cuts alone are a hardship, not yet a threat.</summary>
    private static readonly Regex LifeSupportUnpoweredPattern = AnyOf(
    [
        @"(кисн|кислород|oxygen|швл|івл|ивл|ventilator).{0,120}(батаре|battery|упс|\bups\b|павербанк|power bank).{0,30}(сіда|садит|сяде|на \d+ (хвилин|минут)|ще (на )?годину|ещё час|еще час|(almost|nearly) (dead|empty|flat|gone)|running (out|low)|dying)",
    ]);

    /// <summary>Follow-up care of an injury days or weeks old: rehabilitation, dressings, a fracture that will not heal.</summary>
    private static readonly Regex PastInjuryPattern = AnyOf(
    [
        @"(дні|днів|тижн\w*|місяц\w*|дня|дней|недел\w*|месяц\w*|days|weeks|months) (тому|назад|ago)",
        @"реабіліт",
        @"травматолог",
        @"перев'язк",
        @"перевязк",
        @"после ранения",
        @"після поранення",
        @"для поранених",
    ]);

    private static readonly Regex TrappedPattern = AnyOf(
    [
        @"під завал",
        @"под завал",
        @"завалило",
        @"засипан",
        @"rubble",
        @"trapped",
        @"обвал",
        @"обрушил",
        @"стеля падає",
        @"дверь завалена",
        @"газом",
        @"искрит",
    ]);

    private static readonly Regex OrdnancePattern = AnyOf(
    [
        @"не розірвав",
        @"нерозірван",
        @"невибухл",
        @"не вибухну",
        @"неразорвав",
        @"unexploded \w+ (in|on|near) (our|my|the yard)",
        @"розтяжк",
        @"растяжк",
        @"граната",
        @"на міні",
        @"(found|знайшли|знайшов|нашли|нашел|лежить|лежит|бачу|вижу|стирчить|торчит|біля|возле|near|на дорозі|на дороге|прямо).{0,30}\b(mine|міна|міну|мина|мину|снаряд|shell)\b",
        @"\b(міна|міну|мина|мину|mine)\b.{0,30}(лежить|лежит|біля|возле|на дорозі|на дороге|прямо|у дворі|во дворе)",
        @"касетн",
        @"\bгранат(у|и|і|ою|ой)\b",
        @"grenade",
        @"(схож\w*|похож\w*|схоже|нагадує|напоминает|looks like|resembles) (на )?(a )?(бомбу|гранату|міну|мину|снаряд|вибухівку|взрывчатку|bomb|grenade|mine|shell)",
        @"(пакет|сумк|коробк|предмет|пристрій|устройство|package|bag|box|device|ракет|дрон|уламок|уламки|хвіст|хвост|обломок|rocket|missile|drone).{0,40}(пищить|пищит|гудить|гудит|тикає|тикает|beeping|ticking|димить|дымит|smoking)",
    ]);

    private static readonly Regex MedicineGoneTodayPattern = AnyOf(
    [
        @"(інсулін|инсулин|ліки|лекарств|insulin|medicine|інгалятор|ингалятор|inhaler|суміш|смесь|formula).{0,60}(закінч|скінч|кончил|закончил|run|ran out).{0,30}(сьогодні|сегодня|today|tonight|ввечері|вечером|вчора|вчера|yesterday|зараз)",
        @"(інсуліну|инсулина|insulin) (нема|нет|не було)",
        @"нічого пити",
        @"закінчилась вода",
        @"годувати нічим",
        @"кормить нечем",
        @"(підвал|сховищ|укритт|подвал|убежищ|pidval).{0,60}(без води|без воды|нет воды|нема води|немає води)",
        @"(без води|без воды|нет воды|нема води|немає води).{0,60}(підвал|сховищ|укритт|подвал|убежищ)",
    ]);

    private static readonly Regex MissingNowPattern = AnyOf(
    [
        @"(не повернул|не вернул|потерял(ся|ась)|загубил(ась|ся)|шукаємо|ищем|не можемо знайти|не можем найти).{0,80}(годину|хвилин|прямо зараз|прямо сейчас|\bзараз\b|right now)",
        @"(годину|хвилин|минут|hour|minutes).{0,15}(тому|назад|ago).{0,80}(нема|немає|не повертає|досі|not back)",
        @"(зник|зникла|пропал|загубил|загубив|потерял|separated|went missing|got lost|is missing).{0,80}(только что|щойно|тільки що|just now|(хвилин|минут|годин|час|minutes?|hours?)\w*( \d+)? (тому|назад|ago))",
    ]);

    /// <summary>Gas escaping or a shelter flooding: a danger now even with nobody hurt yet.</summary>
    private static readonly Regex HazardNowPattern = AnyOf(
    [
        @"витік газу",
        @"gas leak",
        @"газ.{0,25}(шипить|шипит|свистить|hiss)",
        @"(шипить|шипит).{0,25}газ",
        @"(підвал|укритт|сховищ|подвал|убежищ|shelter|basement).{0,40}(заливає|затоплює|заливает|затапливает|flooding)",
    ]);

    private static readonly Regex SuicidalStatementPattern = AnyOf(
    [
        @"стою на (балконі|даху|краю|підвіконні|мосту)",
        @"стою на (балконе|крыше|краю|подоконнике|мосту)",
        @"не хочу (більше )?жити",
        @"не хочу больше жить",
        @"покінч",
        @"покінчити",
        @"застрел",
        @"\bend(ing)? it\b",
        @"все закінчить",
        @"прощаєт",
        @"прощальн",
        @"goodbye",
        @"наковтал",
        @"pills in my hand",
        @"стрибн",
        @"мотузк",
        @"я вирішив",
        @"не можу більше",
        @"не могу больше",
        @"не бачу сенсу",
        @"нема сенсу",
        @"на мосту",
        @"підвіконні",
        @"(випила|випив|выпила|выпил|ковтнула|took) (всі|все|all)( свої| свои| my)? (таблетки|pills)",
    ]);

    private static readonly Regex VulnerablePattern = AnyOf(
    [
        @"лежач",
        @"лежаче",
        @"bedridden",
        @"інвалід",
        @"инвалид",
        @"disabl",
        @"wheelchair",
        @"візку",
        @"коляс\w+ (для|інвалід)",
        @"на милицях",
        @"немовл",
        @"newborn",
        @"\bbaby\b",
        @"дитині \d+ місяц",
        @"без опалення",
        @"no heating",
        @"нема що їсти",
        @"нечего есть",
        @"сам[аи]? (в|у) квартир",
        @"живе сам",
        @"живе одна",
        @"alone",
        @"літн\w+",
        @"пожил\w+ (мама|мать|женщин|человек)",
        @"elderly",
        @"вагітн",
        @"беремен",
        @"pregnant",
        @"онкол",
        @"діаліз",
        @"диализ",
        @"dialysis",
    ]);
}
