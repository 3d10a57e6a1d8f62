using Ukc.Contracts;

namespace Ukc.Categorization.Domain;

/// <summary>The skills an operator needs for an appeal: its category, its language, and psychological first aid where the caller is in distress.</summary>
public static class RequiredSkills
{
    public const int DistressNeedingFirstAid = 2;

    public static IReadOnlyList<string> For(string category, string language, int distress) =>
        distress >= DistressNeedingFirstAid || category == Categories.PsychologicalSupport
            ? [category, language, Skills.PsychologicalFirstAid]
            : [category, language];
}
