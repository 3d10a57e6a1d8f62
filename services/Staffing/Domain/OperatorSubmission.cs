using System.Text.RegularExpressions;
using Ukc.Contracts;

namespace Ukc.Staffing.Domain;

/// <summary>The checks of an <see cref="OperatorSubmission"/> that make an <see cref="Operator"/> of it.</summary>
public static partial class OperatorSubmissionRules
{
    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex IdPattern();

    extension(OperatorSubmission)
    {
        public static bool IsValidId(string id) => IdPattern().IsMatch(id);
    }

    extension(OperatorSubmission submission)
    {
        /// <summary>Each field that is wrong and why, with <paramref name="operatorValue"/> null; or no errors and the operator.</summary>
        public Dictionary<string, string[]>? Validate(string fallbackId, out Operator? operatorValue)
        {
            operatorValue = null;
            var errors = new Dictionary<string, string[]>();
            var id = string.IsNullOrWhiteSpace(submission.Id) ? fallbackId : submission.Id.Trim();
            if (!OperatorSubmission.IsValidId(id))
            {
                errors["id"] = ["An operator id is 1–64 lower-case letters, digits, '-' or '_', such as op-001."];
            }

            if (string.IsNullOrWhiteSpace(submission.Name) || submission.Name.Trim().Length > OperatorSubmission.MaxNameLength)
            {
                errors["name"] = [$"The operator's name is required, at most {OperatorSubmission.MaxNameLength} characters."];
            }

            if (submission.Region is null || !Regions.All.Contains(submission.Region))
            {
                errors["region"] = [$"Region '{submission.Region}' is not an oblast id. Known regions: {string.Join(", ", Regions.All)}."];
            }

            var skills = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (module, index) in (submission.CompletedModules ?? []).Select((m, i) => (m, i)))
            {
                if (!SkillIds.IsKnown(module))
                {
                    errors[$"completedModules[{index}]"] = [OperatorSubmission.UnknownSkill(module)];
                }
                else
                {
                    skills[module] = SkillIds.MinProficiency;
                }
            }

            foreach (var (skill, index) in (submission.Skills ?? []).Select((s, i) => (s, i)))
            {
                if (skill is null || !SkillIds.IsKnown(skill.Skill))
                {
                    errors[$"skills[{index}].skill"] = [OperatorSubmission.UnknownSkill(skill?.Skill)];
                }
                else if (skill.Proficiency is < SkillIds.MinProficiency or > SkillIds.MaxProficiency)
                {
                    errors[$"skills[{index}].proficiency"] = [OperatorSubmission.ProficiencyRange];
                }
                else
                {
                    skills[skill.Skill] = Math.Max(skill.Proficiency, skills.GetValueOrDefault(skill.Skill));
                }
            }

            foreach (var (shift, index) in (submission.Shifts ?? []).Select((s, i) => (s, i)))
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
                submission.Name!.Trim(),
                submission.Region!,
                submission.ShelteredWorkplace,
                [.. SkillIds.All.Where(skills.ContainsKey).Select(s => new OperatorSkill(s, skills[s]))],
                [.. submission.Shifts ?? []]);
            return null;
        }
    }
}
