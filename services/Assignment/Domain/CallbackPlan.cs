using Ukc.Contracts;

namespace Ukc.Assignment.Domain;

/// <summary>When a categorized appeal waits for its callback instead of joining its queue now.</summary>
public static class CallbackPlan
{
    /// <summary>How long an operator has to call back a phone caller who was offered a callback.</summary>
    public static readonly TimeSpan PhoneWindow = TimeSpan.FromHours(1);

    /// <summary>A citizen who asked to be called back in a window waits until it opens.</summary>
    /// <returns>The window while it is still ahead; null once it has opened, so the appeal joins its queue at once.</returns>
    /// <remarks>A window that passed before the appeal got here queues at once too: the citizen still waits for the call.</remarks>
    public static CallbackWindow? Requested(DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset now) =>
        from is { } start && to is { } end && start > now ? new CallbackWindow(start, end) : null;

    /// <summary>A phone caller facing a long wait is called back once the wait is over.</summary>
    public static CallbackWindow? ForWait(TimeSpan? estimate, TimeSpan threshold, DateTimeOffset now)
    {
        if (!WaitEstimate.CallsForCallback(estimate, threshold))
        {
            return null;
        }

        var start = now + (estimate ?? threshold);
        return new CallbackWindow(start, start + PhoneWindow);
    }
}
