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

    /// <summary>What the rules find in the text, which must already be in lower case.</summary>
    public readonly record struct Signals(bool Suicidal, bool Critical, bool High);

    public static Signals Read(string lowerText)
    {
        var suicidal = SuicidalStatementPattern.IsMatch(lowerText);
        var critical = suicidal
            || ThreatNowPattern.IsMatch(lowerText)
            || (InjuryPattern.IsMatch(lowerText) && !PastInjuryPattern.IsMatch(lowerText))
            || TrappedPattern.IsMatch(lowerText)
            || OrdnancePattern.IsMatch(lowerText)
            || MedicineGoneTodayPattern.IsMatch(lowerText)
            || MissingNowPattern.IsMatch(lowerText)
            || HazardNowPattern.IsMatch(lowerText);
        return new Signals(suicidal, critical, !critical && VulnerablePattern.IsMatch(lowerText));
    }

    public static bool IsCritical(string text) => Read(text.ToLowerInvariant()).Critical;

    public static bool IsHigh(string text) => Read(text.ToLowerInvariant()).High;

    public static string Combine(string modelPriority, string text) => Combine(modelPriority, Read(text.ToLowerInvariant()));

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

    private static readonly Regex ThreatNowPattern = new(@"(прямо зараз|прямо сейчас|right now|щойно|зараз|сейчас).{0,40}(обстріл|обстрел|вибух|взрыв|бомбл|бомбят|стріля|стреля|бій|бой|бои|shell|explosion|влучан|ракет|прил[іе]т)|(обстріл|обстрел|вибух|взрыв|бомбл|бомбят|shell|бій|бой|бои|explosions).{0,40}(прямо зараз|прямо сейчас|right now|щойно)|стріляють|стреляют|стрілянина|перестрелк|gunfire|shooting|нападают|напали на|б'ють його|б'ють її|бьют его|бьют её|ґвалт|насилу|изнасил|\brape|не можемо вибратися|не можем выбраться|can't get out|cannot get out|обстрілюють|обстреливают|being shelled|shot at|під обстрілом|под обстрелом|бомблять|бомбят|б'ють з|бьют|кулі летять|снайпер|горить|горит|горять|on fire|пожеж|йде бій|идет бой|бои прямо|поруч вибухи|рядом взрывы|снаряди лягають|снаряд попав|снаряд попал|танки на|tanks? on our|ще чути постріли|постріли|выстрелы|ховаємось|прячемся|hiding|не виходимо з підвалу|хитається|трясеться|дим,|smoke", Options);

    private static readonly Regex InjuryPattern = new(@"поранен|поранил|поранило|ранен|ранил|ранение|wounded|wound|bleed|кровотеч|кров не зупин|кровь ид|кровь из|кров з|кровь на|уламок в|осколок в|осколком|shrapnel (wound|in)|hit by shrapnel|не дихає|не дышит|not breathing|нічим дихати|нечем дышать|can't breathe|cannot breathe|помирає|вмирає|умирает|dying|стікає кров|истекает кровью|отруї|отравил|poisoned|тоне|тонет|drowning|пологи почались|роди начались|воды отошли|відійшли води|in labor|анафілак|анафилак|набряк горла|отек квинке|allergic shock|знепритомн|fainted|passed out|перекосило|face drooping|гіпоглікем|гипогликем|no pulse|без свідомості|втрача\w* свідомість|втратила свідомість|теря\w* сознание|без сознания|unconscious|collapsed|не приходить до тями|задиха|синіє|синіють|губи сині|heart attack|інфаркт|инфаркт|плохо с сердцем|погано з серцем|давит в груди|біль за грудиною|chest pain|судоми|судороги|seizure|опік на|обпекл|вдавил|піна|пена изо рта|підірвал|подорвал|відірван|відкритим переломом|открытый перелом|народжує|рожает|в комі|в коме|не реагує|подвійну дозу|передозу|overdose|весь мокрий|pregnant.{0,30}bleed", Options);

    /// <summary>Follow-up care of an injury days or weeks old: rehabilitation, dressings, a fracture that will not heal.</summary>
    private static readonly Regex PastInjuryPattern = new(@"(дні|днів|тижн\w*|місяц\w*|дня|дней|недел\w*|месяц\w*|days|weeks|months) (тому|назад|ago)|реабіліт|реабилит|rehabilit|травматолог|перев'язк|перевязк|после ранения|після поранення|після ранення|для поранених|для раненых", Options);

    private static readonly Regex TrappedPattern = new(@"під завал|под завал|завалило|завалены|засипан|засыпа|под бетоном|rubble|trapped|(under|stuck under) the debris|обвал|обрушил|заблокован|ув'язнен|стеля падає|падають стіни|дверь завалена|газом|запах газ|smell of gas|искрит", Options);

    private static readonly Regex OrdnancePattern = new(@"не розірвав|нерозірван|невибухл|не вибухну|не разорвал|неразорвав|невзорвав|unexploded \w+ (in|on|near) (our|my|the yard)|mortar shell|розтяжк|растяжк|граната|фугас|на міні|на мине|(found|знайшли|знайшов|нашли|нашел|лежить|лежит|бачу|вижу|стирчить|торчит|біля|возле|near|на дорозі|на дороге|прямо).{0,30}\b(mine|міна|міну|мина|мину|снаряд|shell)\b|\b(міна|міну|мина|мину|mine)\b.{0,30}(лежить|лежит|біля|возле|на дорозі|на дороге|прямо|у дворі|во дворе)|касетн|кассетн", Options);

    private static readonly Regex MedicineGoneTodayPattern = new(@"(інсулін|инсулин|ліки|лекарств|insulin|medicine|інгалятор|ингалятор|inhaler|суміш|смесь|formula).{0,60}(закінч|скінч|кончил|закончил|run|ran out).{0,30}(сьогодні|сегодня|today|tonight|ввечері|вечером|вчора|вчера|yesterday|зараз)|(закінчу\w*|закончи\w*) сьогодні|закончится сегодня|(інсуліну|инсулина|insulin) (нема|нет|не було)|не їла дві доби|нечего пить|нічого пити|не пьет|п'ють сніг|(води|воды) (немає|нема|нет) \d+ (дн|дня)|закінчилась вода|без води вже добу|ні чистої води", Options);

    private static readonly Regex MissingNowPattern = new(@"(не повернул|не вернул|потерял(ся|ась)|загубил(ась|ся)|шукаємо|ищем|не можемо знайти|не можем найти).{0,80}(годину|хвилин|прямо зараз|прямо сейчас|\bзараз\b|right now)|(годину|хвилин|минут|hour|minutes).{0,15}(тому|назад|ago).{0,80}(нема|немає|не повертає|досі|not back)|(нема|немає) вже годину", Options);

    /// <summary>Gas escaping, scalding water or flooding where people are: a danger now even with nobody hurt yet.</summary>
    private static readonly Regex HazardNowPattern = new(@"витік газу|витікає газ|утечк\w* газа|gas leak|leaking gas|газ.{0,25}(шипить|шипит|свистить|hiss)|(шипить|шипит).{0,25}газ|кипляч|кипяток|окріп|boiling water|(заливає|затоплює|заливает|затапливает|flooding).{0,40}(підвал|укритт|сховищ|подвал|убежищ|shelter|basement)|(підвал|укритт|сховищ|подвал|убежищ|shelter|basement).{0,40}(заливає|затоплює|заливает|затапливает|flooding)", Options);

    private static readonly Regex SuicidalStatementPattern = new(@"стою на (балконі|даху|краю|підвіконні|мосту)|стою на (балконе|крыше|краю|подоконнике|мосту)|standing on the (balcony|roof|ledge|edge|bridge)|не відмовляйте мене|не отговаривайте меня|не хочу (більше )?жити|не хочу больше жить|жити не хочу|жить не хочу|жити більше не хочу|покінч|поконч|самогубств|самоубийств|повіситис|повешусь|повеситься|hang myself|не хочу жить|хоче померти|хочет умереть|wants? to die|покінчити|покончить|вбити себе|вбю себе|вб'ю себе|убью себя|убьет себя|убьёт себя|застрел|suicid|kill (myself|himself|herself)|\bend(ing)? it\b|ending my life|закінчити все|все закінчить|всё закончу|все закончу|сегодня всё закончу|прощаєт|прощается|прощальн|goodbye|таблетки.{0,30}(всі|все|all)|наковтал|наглотал|pills in my hand|вистрибн|выпрыгн|стрибн|ріже себе|режет себя|порізал|порезал|cut (his|her|my) wrists|вены|мотузк|верёвк|веревк|\brope\b|всі свої таблетки|я вирішив|я вирішила|більше не може|больше не может|тягарем|бременем|burden|не можу більше|не могу больше|can't go on|не витримаю|не бачу виходу|не бачу сенсу|нема сенсу|нет смысла|на колію|на мосту|підвіконні", Options);

    private static readonly Regex VulnerablePattern = new(@"лежач|лежаче|bedridden|паралізован|парализован|інвалід|инвалид|disabl|wheelchair|візку|коляс\w+ (для|інвалід)|на милицях|немовл|младен|newborn|\bbaby\b|місяц\w* дитин|дитині \d+ місяц|месяц\w* ребен|без опалення|без отопления|no heating|холодно дітям|дітям холодно|днів без (їжі|води)|дня без (еды|воды)|days without (food|water)|їжа закінчилась|еда закончилась|нема що їсти|нечего есть|nothing to eat|сам[аи]? (в|у) квартир|одна в квартир|живе сам|живет одна|живе одна|alone|літн\w+|пожил\w+ (мама|мать|женщин|человек)|elderly|вагітн|беремен|pregnant|онкол|діаліз|диализ|dialysis", Options);
}
