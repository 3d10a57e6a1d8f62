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

    /// <summary>Shelling, shooting or a drone overhead as it happens, also in Latin letters.</summary>
    private static readonly Regex ShellingNowPattern = new(@"(pryamo|prosto)? ?zaraz.{0,40}(obstril|vybukh|strilia|strilya|stril'?ba|bombl)|(obstril|vybukh|stril'?ba|strilianyn|strilyanyn).{0,40}(pryamo zaraz|prosto zaraz)|strilia?y?ut|strilyayut|strilianyna|strilyanyna|pid obstrilom|obstriliuiut|obstrilyuyut|(вибух|взрыв|vybukh|explosions).{0,20}(продовжу|не припиня|не стиха|продолжа|не прекраща|не стиха|continu)|(вибух|взрыв|обстріл|обстрел|vybukh|obstril|explosions|shelling).{0,20}(кожн\w* (\S+ )?хвилин|кажд\w* (\S+ )?минут|every (\S+ )?(\S+ )?minutes?|nonstop|non-stop|без перерви|без перерыва)|(чуємо|чую|слышим|слышу|we hear|i hear|we can hear|chuiemo|chuyemo|chuiu|chuyu) (\w+ )?(вибух|взрыв|explosion|постріл|выстрел|автоматн|стрілянин|стрельб|gunfire|shots|vybukh|postril|strilianyn|strilyanyn)|(кругом|навколо|довкола|вокруг|all around us).{0,5}(обстріл|вибух|взрыв|обстрел|explosion|shelling)|(зараз|щойно|тільки що|только что|сейчас|прямо).{0,20}(гупнуло|бахнуло|бабахнуло|грюкнуло|грохнуло|прилетіло|прилетело)|автоматн\w* черг|автоматн\w* очеред|очеред\w* из автомат|avtomatni cherhy|(дрон|шахед|коптер|бпла|dron|drone|shahed).{0,30}(над нами|над наш|кружля|кружит|висить|висит|зависа|nad namy|nad nash|over us|over our|hovering|circling)|(над нами|nad namy|over us).{0,20}(дрон|шахед|летить|летит|літає|кружля|dron|drone|litaie|litaye)", Options);

    /// <summary>Armed or unknown people at the door, looters or occupiers arriving, people hiding from them now.</summary>
    private static readonly Regex IntrudersNowPattern = new(@"ломл\w*ться|ломятся|ломится|lomlyat|lomliat|break(ing)? into our|(вибива|выбива)\w* двер|(зі зброєю|з автомат\w*|з ножем|с автомат\w*|с оружием|с ножом|with (a )?(gun|knife|rifle)|zi zbroy|z avtomat).{0,60}(зараз|сейчас|right now|під дверима|под двер|ходять|ходят|їздять|ездят|стоїть|стоит|outside (our|the) door)|(ніж|нож|пістолет|пистолет|обріз|обрез|knife|gun).{0,60}(стоїть|стоит|під дверима|под дверью|outside (our|the) door)|(незнайом|невідом|неизвестн|stranger).{0,120}(під дверима|под дверью|под дверями|outside (our|the) door)|(мародер|мародёр|looter|maroder).{0,60}(зараз|сейчас|right now|ездят|їздять|ходять|ходят)|(окупант|оккупант|росіян|русские|occupiers|russian troops|russian soldiers).{0,30}(заходять|заходят|входять|входят|в'їжджають|въезжают|are entering)|(ми|мы|we) (\w+ ){0,2}(зачинил\w*сь|закрил\w*сь|закрыл\w*сь|заперл\w*сь|забарикад|забаррикад|locked ourselves|barricaded)|(лежимо|лежим|lying|lezhymo) (\w+ )?(на підлозі|на полу|on the floor|na pidlozi|в коридорі|в коридоре|v koridori)|(ми|мы|we're|we are) (\w+ )?(на підлозі|на полу|on the floor)", Options);

    private static readonly Regex InjuryPattern = new(@"поранен|поранил|поранило|\bранен|\bранил|wounded|wound|bleed|кровотеч|кров не зупин|кровь ид|кровь из|кров з|кровь на|уламок в|осколок в|осколком|shrapnel (wound|in)|hit by shrapnel|не дихає|не дышит|not breathing|нічим дихати|нечем дышать|can't breathe|cannot breathe|помирає|вмирає|умирает|dying|стікає кров|истекает кровью|отруї|отравил|poisoned|тоне|тонет|drowning|пологи почались|роди начались|воды отошли|відійшли води|in labor|анафілак|анафилак|набряк горла|отек квинке|allergic shock|знепритомн|fainted|passed out|перекосило|face drooping|гіпоглікем|гипогликем|no pulse|без свідомості|втрача\w* свідомість|втратила свідомість|теря\w* сознание|без сознания|unconscious|collapsed|не приходить до тями|задиха|синіє|синіють|губи сині|heart attack|інфаркт|инфаркт|плохо с сердцем|погано з серцем|давит в груди|біль за грудиною|chest pain|судоми|судороги|seizure|опік на|обпекл|вдавил|піна|пена изо рта|підірвал|подорвал|відірван|відкритим переломом|открытый перелом|народжує|рожает|в комі|в коме|не реагує|подвійну дозу|передозу|overdose|весь мокрий|pregnant.{0,30}bleed|непритомн|poranen|ne dy(k)?ha|ne dyshyt|zadykh|zadyh|huby syni|syni huby|syniiut|syniyut|bez svidomosti|znepryt|nepryt|(почал\w*|почались|началис\w*|начались) (пологи|роди|перейми|схватки)|перейми|схватки|contractions|(water|waters) (has |have )?broke|води відійшли|(впав|впала|упал|упала|випав|випала|выпал|выпала|fell|has fallen) (з|с|из|from|out of) (\w+ )?(балкон|даху|крыши|вікна|окна|висоти|высоты|roof|window|balcony)", Options);

    /// <summary>A wound bleeding now is critical however old the wound is.</summary>
    private static readonly Regex BleedingNowPattern = new(@"кровить|кровоточить|кровоточит|кров не зупиня|кровь не останавлива|won't stop bleeding|bleeding (heavily|badly|again)|krovyt|krovotochyt", Options);

    /// <summary>Oxygen or a ventilator at home running on a battery that is running down: power cuts alone are a hardship, not yet a threat.</summary>
    private static readonly Regex LifeSupportUnpoweredPattern = new(@"(кисн|кислород|oxygen|швл|івл|ивл|ventilator).{0,120}(батаре|battery|упс|\bups\b|павербанк|power bank).{0,30}(сіда|садит|сяде|на \d+ (хвилин|минут)|ще (на )?годину|ещё час|еще час|(almost|nearly) (dead|empty|flat|gone)|running (out|low)|dying)", Options);

    /// <summary>Follow-up care of an injury days or weeks old: rehabilitation, dressings, a fracture that will not heal.</summary>
    private static readonly Regex PastInjuryPattern = new(@"(дні|днів|тижн\w*|місяц\w*|дня|дней|недел\w*|месяц\w*|days|weeks|months) (тому|назад|ago)|реабіліт|реабилит|rehabilit|травматолог|перев'язк|перевязк|после ранения|після поранення|після ранення|для поранених|для раненых", Options);

    private static readonly Regex TrappedPattern = new(@"під завал|под завал|завалило|завалены|засипан|засыпа|под бетоном|rubble|trapped|(under|stuck under) the debris|обвал|обрушил|заблокован\w* (в|у|всередині|внутри) |(ми|нас|мы) (\w+ )?заблокован|ув'язнен|стеля падає|падають стіни|дверь завалена|газом|запах газ|smell of gas|искрит|з-під руїн|під руїнами|под руинами|из-под руин|under the ruins|копаємо руками|копаем руками|digging with (our )?(bare )?hands|pid zaval|zavalyl|obvalyl|(my|nas) (\w+ )?zablokov|pakhne hazom|zapakh hazu", Options);

    private static readonly Regex OrdnancePattern = new(@"не розірвав|нерозірван|невибухл|не вибухну|не разорвал|неразорвав|невзорвав|unexploded \w+ (in|on|near) (our|my|the yard)|mortar shell|розтяжк|растяжк|граната|фугас|на міні|на мине|(found|знайшли|знайшов|нашли|нашел|лежить|лежит|бачу|вижу|стирчить|торчит|біля|возле|near|на дорозі|на дороге|прямо).{0,30}\b(mine|міна|міну|мина|мину|снаряд|shell)\b|\b(міна|міну|мина|мину|mine)\b.{0,30}(лежить|лежит|біля|возле|на дорозі|на дороге|прямо|у дворі|во дворе)|касетн|кассетн|\bгранат(у|и|і|ою|ой)\b|grenade|hranat|ne vybukhn|nevybukh|ne rozirv|nerozirv|(схож\w*|похож\w*|схоже|нагадує|напоминает|looks like|resembles) (на )?(a )?(бомбу|гранату|міну|мину|снаряд|вибухівку|взрывчатку|bomb|grenade|mine|shell)|(пакет|сумк|коробк|предмет|пристрій|устройство|package|bag|box|device|ракет|дрон|уламок|уламки|хвіст|хвост|обломок|rocket|missile|drone).{0,40}(пищить|пищит|гудить|гудит|тикає|тикает|beeping|ticking|димить|дымит|smoking)|(пищить|пищит|гудить|гудит|тикає|тикает|beeping|ticking).{0,40}(схож|похож|looks like|дрон|ракет|бомб|drone|bomb)", Options);

    private static readonly Regex MedicineGoneTodayPattern = new(@"(інсулін|инсулин|ліки|лекарств|insulin|medicine|інгалятор|ингалятор|inhaler|суміш|смесь|formula).{0,60}(закінч|скінч|кончил|закончил|run|ran out).{0,30}(сьогодні|сегодня|today|tonight|ввечері|вечером|вчора|вчера|yesterday|зараз)|(закінчу\w*|закончи\w*) сьогодні|закончится сегодня|(інсуліну|инсулина|insulin) (нема|нет|не було)|не їла дві доби|нечего пить|нічого пити|не пьет|п'ють сніг|(води|воды) (немає|нема|нет) \d+ (дн|дня)|закінчилась вода|без води вже добу|ні чистої води|(no|out of) insulin|без інсуліну|без инсулина|bez insulinu|(insulin|sumish|liky).{0,40}(zakinch|skinch).{0,40}(sohodni|s'ohodni|zaraz)|(zakinch|skinch)\w* (insulin|sumish|liky).{0,40}(sohodni|s'ohodni|zavtra)|(інсулін|инсулин|insulin).{0,40}(закінч|заканчива|кончает|run).{0,30}(завтра|tomorrow)|(закінчу\w*|заканчива\w*) (інсулін|инсулин).{0,40}завтра|годувати нічим|кормить нечем|nothing to feed|hoduvaty nichym|((нічого|нечего|nothing).{0,15}(їсти|есть|to eat)|(їсти|есть) (нічого|нечего)).{0,30}(вже добу|уже сутки|(дві|три|двое|трое) (доби|суток))|(підвал|сховищ|укритт|подвал|убежищ|pidval).{0,60}(без води|без воды|нет воды|нема води|немає води)|(без води|без воды|нет воды|нема води|немає води).{0,60}(підвал|сховищ|укритт|подвал|убежищ)|(діаліз|диализ|dialysis).{0,60}(вчора|вчера|yesterday|не протягну|не дотяну)", Options);

    private static readonly Regex MissingNowPattern = new(@"(не повернул|не вернул|потерял(ся|ась)|загубил(ась|ся)|шукаємо|ищем|не можемо знайти|не можем найти).{0,80}(годину|хвилин|прямо зараз|прямо сейчас|\bзараз\b|right now)|(годину|хвилин|минут|hour|minutes).{0,15}(тому|назад|ago).{0,80}(нема|немає|не повертає|досі|not back)|(нема|немає) вже годину|(зник|зникла|пропал|загубил|загубив|потерял|separated|went missing|got lost|is missing).{0,80}(только что|щойно|тільки що|just now|(хвилин|минут|годин|час|minutes?|hours?)\w*( \d+)? (тому|назад|ago))", Options);

    /// <summary>Gas escaping, scalding water or flooding where people are: a danger now even with nobody hurt yet.</summary>
    private static readonly Regex HazardNowPattern = new(@"витік газу|витікає газ|утечк\w* газа|gas leak|leaking gas|газ.{0,25}(шипить|шипит|свистить|hiss)|(шипить|шипит).{0,25}газ|кипляч|кипяток|окріп|boiling water|(заливає|затоплює|заливает|затапливает|flooding).{0,40}(підвал|укритт|сховищ|подвал|убежищ|shelter|basement)|(підвал|укритт|сховищ|подвал|убежищ|shelter|basement).{0,40}(заливає|затоплює|заливает|затапливает|flooding)", Options);

    private static readonly Regex SuicidalStatementPattern = new(@"стою на (балконі|даху|краю|підвіконні|мосту)|стою на (балконе|крыше|краю|подоконнике|мосту)|standing on the (balcony|roof|ledge|edge|bridge)|не відмовляйте мене|не отговаривайте меня|не хочу (більше )?жити|не хочу больше жить|жити не хочу|жить не хочу|жити більше не хочу|покінч|поконч|самогубств|самоубийств|повіситис|повешусь|повеситься|hang myself|не хочу жить|хоче померти|хочет умереть|wants? to die|покінчити|покончить|вбити себе|вбю себе|вб'ю себе|убью себя|убьет себя|убьёт себя|застрел|suicid|kill (myself|himself|herself)|\bend(ing)? it\b|ending my life|закінчити все|все закінчить|всё закончу|все закончу|сегодня всё закончу|прощаєт|прощается|прощальн|goodbye|таблетки.{0,30}(всі|все|all)|наковтал|наглотал|pills in my hand|вистрибн|выпрыгн|стрибн|ріже себе|режет себя|порізал|порезал|cut (his|her|my) wrists|вены|мотузк|верёвк|веревк|\brope\b|всі свої таблетки|я вирішив|я вирішила|більше не може|больше не может|тягарем|бременем|burden|не можу більше|не могу больше|can't go on|не витримаю|не бачу виходу|не бачу сенсу|нема сенсу|нет смысла|на колію|на мосту|підвіконні|(як|как|how to) (це|это|все|всё|it) (закінчити|закончить|припинити|прекратить|end)|думаю про смерть|думаю о смерти|(випила|випив|выпила|выпил|ковтнула|took) (всі|все|all)( свої| свои| my)? (таблетки|pills)|(написал\w*|залишил\w*|оставил\w*|wrote a) (прощальну |предсмертн\w* )?записку|предсмертн|передсмертн|suicide note|(пістолет|зброю|рушниц|пистолет|оружие|gun|pistol).{0,60}(вихід|выход|way out)|(піти|уйти|пойти) за (ним|нею|ней)|ne bachu sensu|ne khochu zhyty|ne hochu zhyty|pokinchyty", Options);

    private static readonly Regex VulnerablePattern = new(@"лежач|лежаче|bedridden|паралізован|парализован|інвалід|инвалид|disabl|wheelchair|візку|коляс\w+ (для|інвалід)|на милицях|немовл|младен|newborn|\bbaby\b|місяц\w* дитин|дитині \d+ місяц|месяц\w* ребен|без опалення|без отопления|no heating|холодно дітям|дітям холодно|днів без (їжі|води)|дня без (еды|воды)|days without (food|water)|їжа закінчилась|еда закончилась|нема що їсти|нечего есть|nothing to eat|сам[аи]? (в|у) квартир|одна в квартир|живе сам|живет одна|живе одна|alone|літн\w+|пожил\w+ (мама|мать|женщин|человек)|elderly|вагітн|беремен|pregnant|онкол|діаліз|диализ|dialysis", Options);
}
