using Ukc.Contracts;

namespace Ukc.Staffing.Domain;

/// <summary>Answers a <see cref="StaffingQuestion"/> with Erlang C, or Erlang A when callers' patience is given.</summary>
public static class StaffingAnswers
{
    extension(StaffingQuestion question)
    {
        /// <summary>Answers a question that <see cref="StaffingQuestion.Validate"/> accepted.</summary>
        public StaffingAnswer Answer()
        {
            var traffic = question.TrafficErlangs;
            var measures = (question.Operators, question.PatienceSeconds) switch
            {
                ({ } n, null) => ErlangC.Measure(n, traffic, question.AhtSeconds, question.AnswerSeconds),
                ({ } n, { } patience) => ErlangA.Measure(n, traffic, question.AhtSeconds, patience, question.AnswerSeconds),
                (null, null) => ErlangC.OperatorsNeeded(traffic, question.AhtSeconds, question.TargetServiceLevel, question.AnswerSeconds),
                (null, { } patience) => ErlangA.OperatorsNeeded(traffic, question.AhtSeconds, patience, question.TargetServiceLevel, question.AnswerSeconds),
            };
            return new StaffingAnswer(
                question.PatienceSeconds is null ? "erlang_c" : "erlang_a",
                Math.Round(traffic, 6),
                measures.Operators,
                StaffingQuestion.Scheduled(measures.Operators, question.Shrinkage),
                Math.Round(measures.ServiceLevel, 6),
                Math.Round(measures.AverageSpeedOfAnswer, 3),
                Math.Round(measures.ProbabilityOfWaiting, 6),
                Math.Round(measures.Occupancy, 6),
                measures.Abandonment is { } abandonment ? Math.Round(abandonment, 6) : null,
                measures.ServiceLevel >= question.TargetServiceLevel);
        }
    }

    extension(StaffingQuestion)
    {
        /// <summary>Operators to schedule so that, after shrinkage, enough are on the phones.</summary>
        public static int Scheduled(int onPhones, double shrinkage) =>
            (int)Math.Ceiling(Math.Round(onPhones / (1 - shrinkage), 9));
    }
}
