namespace Ukc.Assignment.Domain;

/// <summary>
/// The expected wait of an appeal: none while free operators can take it and those ahead of it;
/// otherwise the appeals still without an operator shared among the operators at work who can take
/// them, each taking the average handle time.
/// </summary>
public static class WaitEstimate
{
    /// <returns>Null when nobody who can take the appeal is at work: the wait has no estimate.</returns>
    public static TimeSpan? For(long appealsAhead, long operatorsFree, long operatorsAtWork, TimeSpan averageHandleTime)
    {
        if (operatorsAtWork <= 0)
        {
            return null;
        }

        var withoutOperator = Math.Max(0, appealsAhead + 1 - operatorsFree);
        return averageHandleTime * (withoutOperator / (double)operatorsAtWork);
    }

    public static bool CallsForCallback(TimeSpan? estimate, TimeSpan threshold) => estimate is null || estimate > threshold;
}
