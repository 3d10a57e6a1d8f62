namespace Ukc.Staffing.Domain;

/// <summary>
/// The M/M/n queue (Erlang C): callers wait as long as it takes. Everything is computed from the
/// Erlang B recursion, whose every step stays in (0, 1], so it neither overflows nor loses precision
/// at thousands of operators, where Aⁿ and n! would.
/// </summary>
public static class ErlangC
{
    /// <summary>Erlang B, the blocking probability of <paramref name="operators"/> servers offered <paramref name="traffic"/> erlangs.</summary>
    public static double ErlangB(int operators, double traffic)
    {
        var b = 1.0;
        for (var n = 1; n <= operators; n++)
        {
            b = NextErlangB(b, n, traffic);
        }

        return b;
    }

    /// <summary>B(n) from B(n − 1): A·B / (n + A·B).</summary>
    public static double NextErlangB(double previous, int operators, double traffic) =>
        traffic * previous / (operators + traffic * previous);

    /// <summary>The probability that a caller has to wait; 1 when the traffic is at or above the number of operators.</summary>
    public static double ProbabilityOfWaiting(int operators, double traffic) =>
        FromErlangB(ErlangB(operators, traffic), operators, traffic);

    /// <summary>C = n·B / (n − A·(1 − B)).</summary>
    public static double FromErlangB(double erlangB, int operators, double traffic) =>
        traffic >= operators ? 1.0 : operators * erlangB / (operators - traffic * (1 - erlangB));

    /// <summary>How the queue behaves with <paramref name="operators"/> on the phones.</summary>
    public static QueueMeasures Measure(int operators, double traffic, double handleSeconds, double answerSeconds) =>
        Measure(ProbabilityOfWaiting(operators, traffic), operators, traffic, handleSeconds, answerSeconds);

    /// <summary>
    /// The fewest operators on the phones whose service level reaches <paramref name="targetServiceLevel"/>:
    /// one pass of the recursion, testing each n above the traffic as it goes.
    /// </summary>
    public static QueueMeasures OperatorsNeeded(double traffic, double handleSeconds, double targetServiceLevel, double answerSeconds)
    {
        var b = 1.0;
        for (var n = 1; ; n++)
        {
            b = NextErlangB(b, n, traffic);
            if (n <= traffic)
            {
                continue;
            }

            var measures = Measure(FromErlangB(b, n, traffic), n, traffic, handleSeconds, answerSeconds);
            if (measures.ServiceLevel >= targetServiceLevel)
            {
                return measures;
            }
        }
    }

    private static QueueMeasures Measure(double waiting, int operators, double traffic, double handleSeconds, double answerSeconds)
    {
        if (traffic >= operators)
        {
            return new QueueMeasures(operators, 0, double.PositiveInfinity, 1, 1, Abandonment: null);
        }

        var serviceLevel = 1 - waiting * Math.Exp(-(operators - traffic) * answerSeconds / handleSeconds);
        var averageSpeedOfAnswer = waiting * handleSeconds / (operators - traffic);
        return new QueueMeasures(operators, Math.Clamp(serviceLevel, 0, 1), averageSpeedOfAnswer, waiting, traffic / operators, Abandonment: null);
    }
}

/// <summary>What callers experience with a number of operators on the phones.</summary>
/// <param name="AverageSpeedOfAnswer">Seconds an answered caller waits on average.</param>
/// <param name="Abandonment">The share of callers who hang up before an answer; Erlang C assumes nobody does.</param>
public sealed record QueueMeasures(
    int Operators,
    double ServiceLevel,
    double AverageSpeedOfAnswer,
    double ProbabilityOfWaiting,
    double Occupancy,
    double? Abandonment);
