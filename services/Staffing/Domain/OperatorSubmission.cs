using System.Text.RegularExpressions;
using Ukc.Contracts;

namespace Ukc.Staffing.Domain;

/// <summary>
/// An operator as a supervisor writes one. A new operator starts with the skills of the training
/// modules completed (<see cref="CompletedModules"/>, at proficiency 1) and those listed in <see cref="Skills"/>.
/// </summary>
public sealed partial record OperatorSubmission(
    string? Id,
    string? Name,
    string? Region,
    bool ShelteredWorkplace = false,
    IReadOnlyList<OperatorSkill>? Skills = null,
    IReadOnlyList<string>? CompletedModules = null,
    IReadOnlyList<Shift>? Shifts = null) : IRequestBody
{
    public static string InvalidTitle => "The operator is not valid.";

    public const int MaxNameLength = 200;

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex IdPattern();

    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>Each field that is wrong and why, with <paramref name="operatorValue"/> null; or no errors and the operator.</summary>
    public Dictionary<string, string[]>? Validate(string fallbackId, out Operator? operatorValue)
    {
        operatorValue = null;
        var errors = new Dictionary<string, string[]>();
        var id = string.IsNullOrWhiteSpace(Id) ? fallbackId : Id.Trim();
        if (!IsValidId(id))
        {
            errors["id"] = ["An operator id is 1–64 lower-case letters, digits, '-' or '_', such as op-001."];
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = [$"The operator's name is required, at most {MaxNameLength} characters."];
        }

        if (Region is null || !Regions.All.Contains(Region))
        {
            errors["region"] = [$"Region '{Region}' is not an oblast id. Known regions: {string.Join(", ", Regions.All)}."];
        }

        var skills = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (module, index) in (CompletedModules ?? []).Select((m, i) => (m, i)))
        {
            if (!SkillIds.IsKnown(module))
            {
                errors[$"completedModules[{index}]"] = [UnknownSkill(module)];
            }
            else
            {
                skills[module] = SkillIds.MinProficiency;
            }
        }

        foreach (var (skill, index) in (Skills ?? []).Select((s, i) => (s, i)))
        {
            if (skill is null || !SkillIds.IsKnown(skill.Skill))
            {
                errors[$"skills[{index}].skill"] = [UnknownSkill(skill?.Skill)];
            }
            else if (skill.Proficiency is < SkillIds.MinProficiency or > SkillIds.MaxProficiency)
            {
                errors[$"skills[{index}].proficiency"] = [ProficiencyRange];
            }
            else
            {
                skills[skill.Skill] = Math.Max(skill.Proficiency, skills.GetValueOrDefault(skill.Skill));
            }
        }

        foreach (var (shift, index) in (Shifts ?? []).Select((s, i) => (s, i)))
        {
            if ((shift is null ? "A shift is {day, start, end, breakMinutes}." : ShiftPattern.Problem(shift)) is { } problem)
            {
                errors[$"shifts[{index}]"] = [problem];
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        operatorValue = new Operator(
            id,
            Name!.Trim(),
            Region!,
            ShelteredWorkplace,
            [.. SkillIds.All.Where(skills.ContainsKey).Select(s => new OperatorSkill(s, skills[s]))],
            [.. Shifts ?? []]);
        return null;
    }

    public const string ProficiencyRange = "Proficiency is 1 (trained), 2 (practised) or 3 (expert).";

    public static string UnknownSkill(string? skill) =>
        $"Skill '{skill}' is not a training module. Modules: {string.Join(", ", SkillIds.All)}.";
}
