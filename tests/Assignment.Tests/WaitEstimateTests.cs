using Ukc.Assignment.Domain;

namespace Assignment.Tests;

public class WaitEstimateTests
{
    private static readonly TimeSpan HandleTime = TimeSpan.FromMinutes(4);

    [Fact]
    public void An_appeal_that_a_free_operator_can_take_has_no_wait() =>
        Assert.Equal(TimeSpan.Zero, WaitEstimate.For(appealsAhead: 1, operatorsFree: 2, operatorsAtWork: 5, HandleTime));

    [Fact]
    public void The_appeals_without_an_operator_are_shared_among_the_operators_at_work() =>
        Assert.Equal(TimeSpan.FromMinutes(4), WaitEstimate.For(appealsAhead: 9, operatorsFree: 0, operatorsAtWork: 10, HandleTime));

    [Fact]
    public void With_nobody_at_work_the_wait_has_no_estimate_and_a_phone_appeal_gets_a_callback()
    {
        var estimate = WaitEstimate.For(appealsAhead: 0, operatorsFree: 0, operatorsAtWork: 0, HandleTime);

        Assert.Null(estimate);
        Assert.True(WaitEstimate.CallsForCallback(estimate, TimeSpan.FromMinutes(3)));
    }

    [Fact]
    public void A_wait_within_the_threshold_keeps_the_caller_on_the_line() =>
        Assert.False(WaitEstimate.CallsForCallback(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3)));
}
