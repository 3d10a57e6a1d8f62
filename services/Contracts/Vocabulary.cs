namespace Ukc.Contracts;

/// <summary>Category ids, the same strings in messages, API, UI and reports.</summary>
public static class Categories
{
    public const string Evacuation = "evacuation";
    public const string HumanitarianAid = "humanitarian_aid";
    public const string SocialPayments = "social_payments";
    public const string Medical = "medical";
    public const string PsychologicalSupport = "psychological_support";
    public const string MissingPersons = "missing_persons";
    public const string HousingDamage = "housing_damage";
    public const string Documents = "documents";
    public const string Utilities = "utilities";
    public const string SafetyThreat = "safety_threat";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
    [
        Evacuation, HumanitarianAid, SocialPayments, Medical, PsychologicalSupport, MissingPersons,
        HousingDamage, Documents, Utilities, SafetyThreat, Other,
    ];
}

/// <summary>Priority ids, most urgent first.</summary>
public static class Priorities
{
    public const string Critical = "critical";
    public const string High = "high";
    public const string Normal = "normal";
    public const string Low = "low";

    public static readonly IReadOnlyList<string> All = [Critical, High, Normal, Low];
}

/// <summary>The channels an appeal can come in through.</summary>
public static class Channels
{
    public const string Web = "web";
    public const string Chat = "chat";
    public const string Phone = "phone";
    public const string Callback = "callback";

    public static readonly IReadOnlyList<string> All = [Web, Chat, Phone, Callback];
}

/// <summary>The statuses of an appeal, in the order an appeal normally passes through them.</summary>
public static class AppealStatuses
{
    public const string Received = "received";
    public const string Categorized = "categorized";
    public const string Queued = "queued";
    public const string CallbackScheduled = "callback_scheduled";
    public const string Offered = "offered";
    public const string Assigned = "assigned";
    public const string Resolved = "resolved";
    public const string Abandoned = "abandoned";

    /// <summary>In the order of an appeal's way.</summary>
    public static readonly IReadOnlyList<string> All = [Received, Categorized, Queued, CallbackScheduled, Offered, Assigned, Resolved, Abandoned];
}

/// <summary>Skills beyond a category and a language that an appeal can need.</summary>
public static class Skills
{
    public const string PsychologicalFirstAid = "psych_first_aid";
}

/// <summary>Region ids: Ukraine's oblasts, the Autonomous Republic of Crimea, and the cities of Kyiv and Sevastopol.</summary>
public static class Regions
{
    public static readonly IReadOnlyList<string> All =
    [
        "cherkasy", "chernihiv", "chernivtsi", "crimea", "dnipropetrovsk", "donetsk", "ivano_frankivsk", "kharkiv",
        "kherson", "khmelnytskyi", "kirovohrad", "kyiv", "kyiv_city", "luhansk", "lviv", "mykolaiv", "odesa",
        "poltava", "rivne", "sevastopol", "sumy", "ternopil", "vinnytsia", "volyn", "zakarpattia", "zaporizhzhia",
        "zhytomyr",
    ];
}

/// <summary>Operators' presence states.</summary>
public static class Presence
{
    public const string Available = "available";
    public const string Busy = "busy";
    public const string WrapUp = "wrap_up";
    public const string Break = "break";
    public const string Offline = "offline";
    public const string Shelter = "shelter";

    public static readonly IReadOnlyList<string> All = [Available, Busy, WrapUp, Break, Offline, Shelter];
}

/// <summary>Languages an appeal can be in and an operator can speak.</summary>
public static class Languages
{
    public const string Ukrainian = "uk";
    public const string Russian = "ru";
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = [Ukrainian, Russian, English];
}

/// <summary>What every service may expect of an appeal's text.</summary>
public static class AppealLimits
{
    /// <summary>The longest text an appeal can have, after trimming; Intake refuses longer ones.</summary>
    public const int MaxTextLength = 4000;
}
