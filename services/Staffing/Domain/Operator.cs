using Ukc.Contracts;

namespace Ukc.Staffing.Domain;

/// <summary>An operator on the roster: who they are, what they can handle, where they work from and when.</summary>
/// <param name="ShelteredWorkplace">Works from a shelter with backup power, so air raids and outages in the region do not stop them.</param>
public sealed record Operator(
    string Id,
    string Name,
    string Region,
    bool ShelteredWorkplace,
    IReadOnlyList<OperatorSkill> Skills,
    IReadOnlyList<Shift> Shifts)
{
    public OperatorRosterChanged Changed(DateTimeOffset at, bool removed = false) =>
        new(Id, Name, Skills, Region, ShelteredWorkplace, removed, at);

    /// <summary>Completing a training module gives its skill at <paramref name="proficiency"/>, never lowering one already held.</summary>
    public Operator CompleteModule(string module, int proficiency)
    {
        var held = Skills.FirstOrDefault(s => s.Skill == module);
        if (held is not null && held.Proficiency >= proficiency)
        {
            return this;
        }

        return this with
        {
            Skills = [.. Skills.Where(s => s.Skill != module), new OperatorSkill(module, proficiency)],
        };
    }
}

/// <summary>
/// A weekly shift in Kyiv time: <c>monday 22:00–06:00</c> ends on Tuesday morning. The break is paid time off
/// the phones, counted as shrinkage.
/// </summary>
public sealed record Shift(string Day, string Start, string End, int BreakMinutes = 30);

/// <summary>The skills an operator can hold: the training modules.</summary>
public static class SkillIds
{
    public static readonly IReadOnlyList<string> All = [.. Categories.All, .. Languages.All, Contracts.Skills.PsychologicalFirstAid];

    public static bool IsKnown(string skill) => All.Contains(skill);

    public const int MinProficiency = 1;
    public const int MaxProficiency = 3;
}
