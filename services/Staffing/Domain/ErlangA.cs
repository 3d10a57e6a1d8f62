namespace Ukc.Staffing.Domain;

/// <summary>
/// The M/M/n+M queue (Erlang A, Palm's model): callers hang up after an exponential patience.
/// Computed on its birth-death chain rather than through incomplete gamma functions: the state
/// probabilities are built in log space and truncated where they are negligible, which is exact to
/// double precision and stable at any traffic. A caller's wait is the time for everyone ahead to be
/// served or give up, a sum of exponential phases; the share answered within the answer time is
/// found by uniformization of those phases.
/// </summary>
public static class ErlangA
{
    /// <summary>Beyond this many waiting callers the chain is too long to compute here; Erlang C answers such traffic.</summary>
    public const int MaxWaitingStates = 200_000;

    /// <summary>Steps × phases one service-level computation may take (some tens of milliseconds).</summary>
    public const long MaxWork = 30_000_000;

    private const double NegligibleLog = -46; // e^-46 ≈ 1e-20 of the largest state probability

    public static QueueMeasures Measure(int operators, double traffic, double handleSeconds, double patienceSeconds, double answerSeconds)
    {
        var serviceRate = operators / handleSeconds;
        var abandonRate = 1 / patienceSeconds;
        var arrivalRate = traffic / handleSeconds;
        var states = StateProbabilities(operators, traffic, arrivalRate, serviceRate, abandonRate);

        var answeredAtOnce = 0.0;
        for (var k = 0; k < operators && k < states.Length; k++)
        {
            answeredAtOnce += states[k];
        }

        // A caller who finds every operator busy and m callers ahead is answered after m + 1 phases,
        // phase i (i callers ahead) ending at rate nμ + iθ, unless it gives up first at rate θ.
        var waiting = Math.Max(states.Length - operators, 0);
        var reachesOperator = new double[waiting];
        var answered = answeredAtOnce;
        var waitOfAnswered = 0.0;
        var survive = 1.0;
        var meanWait = 0.0;
        for (var m = 0; m < waiting; m++)
        {
            var phaseRate = serviceRate + m * abandonRate + abandonRate;
            survive *= (serviceRate + m * abandonRate) / phaseRate;
            meanWait += 1 / phaseRate;
            reachesOperator[m] = states[operators + m] * survive;
            answered += reachesOperator[m];
            waitOfAnswered += reachesOperator[m] * meanWait;
        }

        var serviceLevel = answeredAtOnce + AnsweredWithin(answerSeconds, reachesOperator, serviceRate, abandonRate);
        var abandonment = Math.Clamp(1 - answered, 0, 1);
        return new QueueMeasures(
            operators,
            Math.Clamp(serviceLevel, 0, 1),
            answered > 0 ? waitOfAnswered / answered : 0,
            Math.Clamp(1 - answeredAtOnce, 0, 1),
            Math.Min(traffic * (1 - abandonment) / operators, 1),
            abandonment);
    }

    /// <summary>The fewest operators whose service level reaches the target; service level grows with operators, so a bisection finds it.</summary>
    public static QueueMeasures OperatorsNeeded(double traffic, double handleSeconds, double patienceSeconds, double targetServiceLevel, double answerSeconds)
    {
        var beyondRange = new HashSet<int>();
        QueueMeasures? Meets(int operators)
        {
            try
            {
                var measures = Measure(operators, traffic, handleSeconds, patienceSeconds, answerSeconds);
                return measures.ServiceLevel >= targetServiceLevel ? measures : null;
            }
            catch (ErlangAOutOfRangeException)
            {
                // Too long a queue to compute: far from the target, unless it is the next one down from the answer.
                beyondRange.Add(operators);
                return null;
            }
        }

        var high = Math.Max(1, (int)Math.Ceiling(traffic));
        var best = Meets(high);
        while (best is null)
        {
            high *= 2;
            best = Meets(high);
        }

        var low = 0; // fails, or is no operator at all
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            var measures = Meets(middle);
            if (measures is null)
            {
                low = middle;
            }
            else
            {
                (high, best) = (middle, measures);
            }
        }

        if (beyondRange.Contains(best.Operators - 1))
        {
            throw new ErlangAOutOfRangeException($"{best.Operators - 1} operators are too many to compute here; Erlang C answers such traffic.");
        }

        return best;
    }

    /// <summary>P(k callers in the system), k = 0 until the tail is negligible.</summary>
    private static double[] StateProbabilities(int operators, double traffic, double arrivalRate, double serviceRate, double abandonRate)
    {
        var logs = new List<double>(operators + 64) { 0 };
        var largest = 0.0;
        for (var k = 1; ; k++)
        {
            var ratio = k <= operators ? traffic / k : arrivalRate / (serviceRate + (k - operators) * abandonRate);
            var log = logs[^1] + Math.Log(ratio);
            logs.Add(log);
            largest = Math.Max(largest, log);
            if (k >= operators && ratio < 1 && log < largest + NegligibleLog)
            {
                break;
            }

            if (k - operators > MaxWaitingStates)
            {
                throw new ErlangAOutOfRangeException(
                    $"With {operators} operators and this patience more than {MaxWaitingStates} callers would be waiting; Erlang C answers such traffic.");
            }
        }

        var probabilities = new double[logs.Count];
        var total = 0.0;
        for (var k = 0; k < logs.Count; k++)
        {
            probabilities[k] = Math.Exp(logs[k] - largest);
            total += probabilities[k];
        }

        for (var k = 0; k < probabilities.Length; k++)
        {
            probabilities[k] /= total;
        }

        return probabilities;
    }

    /// <summary>
    /// Σ over m of weight[m] · P(the m + 1 phases end within t). Phases that cannot plausibly all end
    /// within t (a Chernoff bound on the Poisson count of the fastest of them) are left out.
    /// </summary>
    private static double AnsweredWithin(double seconds, double[] weight, double serviceRate, double abandonRate)
    {
        if (seconds <= 0 || weight.Length == 0)
        {
            return 0;
        }

        double PhaseRate(int i) => serviceRate + (i + 1) * abandonRate;
        var phases = weight.Length;
        for (var m = 0; m < weight.Length; m++)
        {
            var expected = PhaseRate(m) * seconds;
            var count = m + 1.0;
            if (count > expected && -expected + count * (1 + Math.Log(expected) - Math.Log(count)) < -37)
            {
                phases = m;
                break;
            }
        }

        if (phases == 0)
        {
            return 0;
        }

        var uniform = PhaseRate(phases - 1);
        var mean = uniform * seconds;
        var steps = (int)Math.Ceiling(mean + 12 * Math.Sqrt(mean) + 30);
        if ((long)steps * phases > MaxWork)
        {
            throw new ErlangAOutOfRangeException(
                $"The answer time is too long for this queue ({phases} callers may wait ahead) to compute here; Erlang C answers such traffic.");
        }

        var vector = weight[..phases];
        var absorbed = 0.0;
        var result = 0.0;
        var logFactorial = 0.0;
        for (var j = 0; j <= steps; j++)
        {
            if (j > 0)
            {
                logFactorial += Math.Log(j);
                absorbed += vector[0] * PhaseRate(0) / uniform;
                for (var i = 0; i < phases - 1; i++)
                {
                    vector[i] = vector[i] * (1 - PhaseRate(i) / uniform) + vector[i + 1] * PhaseRate(i + 1) / uniform;
                }

                vector[phases - 1] *= 1 - PhaseRate(phases - 1) / uniform;
            }

            result += Math.Exp(-mean + j * Math.Log(mean) - logFactorial) * absorbed;
        }

        return result;
    }
}

public sealed class ErlangAOutOfRangeException(string message) : Exception(message);
