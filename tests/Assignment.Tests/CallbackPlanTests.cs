using Ukc.Assignment.Domain;
using Ukc.Contracts;

namespace Assignment.Tests;

public class CallbackPlanTests
{
    private static readonly DateTimeOffset Now = new(2022, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_requested_window_still_ahead_is_waited_for() =>
        Assert.Equal(new CallbackWindow(Now.AddHours(1), Now.AddHours(3)), CallbackPlan.Requested(Now.AddHours(1), Now.AddHours(3), Now));

    [Fact]
    public void A_requested_window_already_open_queues_at_once() =>
        Assert.Null(CallbackPlan.Requested(Now.AddMinutes(-5), Now.AddHours(1), Now));

    [Fact]
    public void A_requested_window_already_passed_queues_at_once() =>
        Assert.Null(CallbackPlan.Requested(Now.AddHours(-2), Now.AddHours(-1), Now));

    [Fact]
    public void Without_a_requested_window_nothing_is_waited_for() =>
        Assert.Null(CallbackPlan.Requested(null, null, Now));

    [Fact]
    public void A_phone_caller_facing_a_long_wait_is_called_back_within_an_hour_once_it_is_over() =>
        Assert.Equal(
            new CallbackWindow(Now.AddMinutes(10), Now.AddMinutes(70)),
            CallbackPlan.ForWait(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(3), Now));

    [Fact]
    public void A_phone_caller_facing_a_short_wait_stays_on_the_line() =>
        Assert.Null(CallbackPlan.ForWait(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3), Now));
}
