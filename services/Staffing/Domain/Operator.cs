using Ukc.Contracts;

namespace Ukc.Staffing.Domain;

public static class OperatorRules
{
    extension(Operator op)
    {
        public OperatorRosterChanged Changed(DateTimeOffset at, bool removed = false) =>
            new(op.Id, op.Name, op.Skills, op.Region, op.ShelteredWorkplace, removed, at);

        /// <summary>Completing a training module gives its skill at <paramref name="proficiency"/>, never lowering one already held.</summary>
        public Operator CompleteModule(string module, int proficiency)
        {
            var held = op.Skills.FirstOrDefault(s => s.Skill == module);
            if (held is not null && held.Proficiency >= proficiency)
            {
                return op;
            }

            return op with
            {
                Skills = [.. op.Skills.Where(s => s.Skill != module), new OperatorSkill(module, proficiency)],
            };
        }
    }
}
