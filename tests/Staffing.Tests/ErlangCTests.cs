using Ukc.Contracts;
using Ukc.Staffing.Domain;

namespace Staffing.Tests;

public class ErlangCTests
{
    /// <summary>
    /// Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
    /// (callcentrehelper.com/erlang-c-formula-example-121281.htm): 100 calls in 30 minutes, AHT 180 s,
    /// 80% answered in 20 s, 30% shrinkage. Published: traffic 10 erlangs; 11 operators give a 68.21% chance
    /// of waiting and a 39% service level; 14 operators give 88.8%, ASA 7.8 s, occupancy 71.4%; 20 scheduled.
    /// </summary>
    [Fact]
    public void Matches_the_Call_Centre_Helper_worked_example()
    {
        var eleven = ErlangC.Measure(11, 10, 180, 20);
        Assert.Equal(0.6821, eleven.ProbabilityOfWaiting, 0.0001);
        Assert.Equal(0.39, eleven.ServiceLevel, 0.005);

        var answer = new StaffingQuestion(200, 180, 0.8, 20, 0.3).Answer();

        Assert.Equal(10, answer.TrafficErlangs, 1e-9);
        Assert.Equal(14, answer.OperatorsOnPhones);
        Assert.Equal(0.888, answer.ServiceLevel, 0.0005);
        Assert.Equal(7.8, answer.AverageSpeedOfAnswerSeconds, 0.05);
        Assert.Equal(0.714, answer.Occupancy, 0.0005);
        Assert.Equal(20, answer.OperatorsScheduled);
    }

    /// <summary>
    /// "The Erlang-C Formula", mitan.co.uk/erlang/elgcmath.htm: 360 calls per half hour, 4-minute calls,
    /// 55 operators, 15-second answer target. Published: traffic 48 erlangs, occupancy 0.873, probability
    /// of waiting 0.2387, ASA 8.2 s, service level 84.6%.
    /// </summary>
    [Fact]
    public void Matches_the_mitan_worked_example()
    {
        var answer = new StaffingQuestion(720, 240, 0.8, 15, Operators: 55).Answer();

        Assert.Equal(48, answer.TrafficErlangs, 1e-9);
        Assert.Equal(0.873, answer.Occupancy, 0.0005);
        Assert.Equal(0.2387, answer.ProbabilityOfWaiting, 0.00005);
        Assert.Equal(8.2, answer.AverageSpeedOfAnswerSeconds, 0.05);
        Assert.Equal(0.846, answer.ServiceLevel, 0.0005);
    }

    [Fact]
    public void One_operator_is_the_single_server_queue()
    {
        // M/M/1: a caller waits with probability ρ, and P(wait > t) = ρ·e^{−(1−ρ)t/h}.
        var measures = ErlangC.Measure(1, 0.6, 300, 20);

        Assert.Equal(0.6, measures.ProbabilityOfWaiting, 1e-12);
        Assert.Equal(1 - 0.6 * Math.Exp(-0.4 * 20 / 300), measures.ServiceLevel, 1e-12);
        Assert.Equal(0.6 * 300 / 0.4, measures.AverageSpeedOfAnswer, 1e-9);
    }

    [Fact]
    public void Traffic_just_below_the_operators_gives_a_long_but_finite_wait()
    {
        var measures = ErlangC.Measure(100, 99.99, 300, 20);

        Assert.InRange(measures.ProbabilityOfWaiting, 0.99, 1);
        Assert.True(double.IsFinite(measures.AverageSpeedOfAnswer));
        Assert.True(measures.AverageSpeedOfAnswer > 10_000);
        Assert.InRange(measures.ServiceLevel, 0, 0.01);
    }

    [Fact]
    public void Two_thousand_operators_agree_with_the_sum_of_Poisson_terms_in_log_space()
    {
        const int operators = 2000;
        const double traffic = 1950;

        var waiting = ErlangC.ProbabilityOfWaiting(operators, traffic);

        Assert.Equal(ProbabilityOfWaitingBySummation(operators, traffic), waiting, 1e-10);
        Assert.InRange(waiting, 0, 1);
    }

    [Fact]
    public void Two_thousand_operators_are_found_for_heavy_traffic()
    {
        // 23,400 calls an hour of 300 s is 1,950 erlangs.
        var answer = new StaffingQuestion(23_400, 300, 0.8, 20, 0.3).Answer();

        Assert.InRange(answer.OperatorsOnPhones, 1951, 2000);
        Assert.True(answer.ServiceLevel >= 0.8);
        Assert.True(ErlangC.Measure(answer.OperatorsOnPhones - 1, 1950, 300, 20).ServiceLevel < 0.8);
    }

    [Fact]
    public void Huge_traffic_stays_finite()
    {
        var answer = new StaffingQuestion(1_000_000, 3600, 0.9, 10).Answer();

        Assert.True(answer.OperatorsOnPhones > 1_000_000);
        Assert.InRange(answer.ServiceLevel, 0.9, 1);
    }

    [Fact]
    public void Erlang_B_recursion_matches_the_textbook_value()
    {
        // Erlang B tables: 10 erlangs on 10 circuits block 21.46% of calls.
        Assert.Equal(0.2146, ErlangC.ErlangB(10, 10), 0.0001);
    }

    private static double ProbabilityOfWaitingBySummation(int n, double a)
    {
        // log of Aᵏ/k! for k < n and of Aⁿ/n! · n/(n − A), summed with log-sum-exp.
        var logs = new List<double>();
        var logTerm = 0.0;
        for (var k = 0; k < n; k++)
        {
            logs.Add(logTerm);
            logTerm += Math.Log(a) - Math.Log(k + 1);
        }

        var logWaiting = logTerm + Math.Log(n / (n - a));
        logs.Add(logWaiting);
        var max = logs.Max();
        var logTotal = max + Math.Log(logs.Sum(l => Math.Exp(l - max)));
        return Math.Exp(logWaiting - logTotal);
    }
}
