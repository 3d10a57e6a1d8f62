using Ukc.Staffing.Domain;

namespace Staffing.Tests;

public class ErlangATests
{
    /// <summary>
    /// When patience equals the handle time (θ = μ), every caller leaves at the same rate whether waiting or
    /// served, so the number in the system is Poisson(A), as in M/M/∞ (Mandelbaum and Zeltyn, "The Palm/Erlang-A
    /// Queue, with Applications to Call Centers", 2007): P(wait) = P(N ≥ n), and abandonment = E[(N − n)⁺] / A.
    /// </summary>
    [Theory]
    [InlineData(10, 8.0)]
    [InlineData(10, 12.0)]
    [InlineData(500, 510.0)]
    public void Patience_equal_to_handle_time_gives_the_Poisson_system(int operators, double traffic)
    {
        var measures = ErlangA.Measure(operators, traffic, 300, 300, 20);

        var (atLeastN, excess) = PoissonTail(operators, traffic);
        Assert.Equal(atLeastN, measures.ProbabilityOfWaiting, 1e-9);
        Assert.Equal(excess / traffic, measures.Abandonment!.Value, 1e-9);
    }

    /// <summary>
    /// A discrete-event simulation of this queue (FCFS, 3,000,000 callers, the first 50,000 dropped as warm-up):
    /// 50 operators, 55 erlangs, AHT 300 s, patience 60 s gave 74.5% answered within 20 s, 13.2% abandoned
    /// and 51.4% waiting; the tolerance is the simulation's own noise.
    /// </summary>
    [Fact]
    public void Agrees_with_a_simulation_of_an_overloaded_queue()
    {
        var measures = ErlangA.Measure(50, 55, 300, 60, 20);

        Assert.Equal(0.745, measures.ServiceLevel, 0.005);
        Assert.Equal(0.132, measures.Abandonment!.Value, 0.003);
        Assert.Equal(0.514, measures.ProbabilityOfWaiting, 0.003);
    }

    [Fact]
    public void Endless_patience_approaches_Erlang_C()
    {
        var c = ErlangC.Measure(14, 10, 180, 20);
        var a = ErlangA.Measure(14, 10, 180, 1e9, 20);

        Assert.Equal(c.ProbabilityOfWaiting, a.ProbabilityOfWaiting, 1e-6);
        Assert.Equal(c.ServiceLevel, a.ServiceLevel, 1e-6);
        Assert.Equal(c.AverageSpeedOfAnswer, a.AverageSpeedOfAnswer, 1e-3);
        Assert.Equal(0, a.Abandonment!.Value, 1e-6);
    }

    [Fact]
    public void Service_level_lies_between_callers_answered_at_once_and_all_answered()
    {
        var measures = ErlangA.Measure(3, 2.5, 100, 50, 10);

        Assert.InRange(measures.ServiceLevel, 1 - measures.ProbabilityOfWaiting, 1 - measures.Abandonment!.Value);
    }

    [Fact]
    public void Overloaded_traffic_has_an_answer_when_callers_give_up()
    {
        var measures = ErlangA.Measure(10, 15, 300, 60, 20);

        Assert.True(measures.Abandonment > 0.3);
        Assert.InRange(measures.Occupancy, 0.9, 1);
        Assert.True(double.IsFinite(measures.AverageSpeedOfAnswer));
    }

    [Fact]
    public void Abandonment_needs_no_more_operators_than_Erlang_C()
    {
        var c = ErlangC.OperatorsNeeded(10, 180, 0.8, 20);
        var a = ErlangA.OperatorsNeeded(10, 180, 120, 0.8, 20);

        Assert.InRange(a.Operators, 1, c.Operators);
        Assert.True(a.ServiceLevel >= 0.8);
        Assert.True(ErlangA.Measure(a.Operators - 1, 10, 180, 120, 20).ServiceLevel < 0.8);
    }

    [Fact]
    public void Two_thousand_operators_are_computed()
    {
        var measures = ErlangA.Measure(2000, 1990, 300, 180, 20);

        Assert.InRange(measures.ServiceLevel, 0, 1);
        Assert.InRange(measures.Abandonment!.Value, 0, 0.05);
        Assert.True(double.IsFinite(measures.AverageSpeedOfAnswer));
    }

    private static (double AtLeast, double Excess) PoissonTail(int n, double a)
    {
        double atLeast = 0, excess = 0, logTerm = -a;
        for (var k = 0; k < n + 20 * (int)Math.Sqrt(a) + 200; k++)
        {
            if (k >= n)
            {
                atLeast += Math.Exp(logTerm);
                excess += (k - n) * Math.Exp(logTerm);
            }

            logTerm += Math.Log(a) - Math.Log(k + 1);
        }

        return (atLeast, excess);
    }
}
