using System.ComponentModel.DataAnnotations;

namespace Ukc.Assignment;

/// <summary>The routing settings a center tunes, from the <c>Routing</c> configuration section.</summary>
public sealed class AssignmentOptions
{
    public const string Section = "Routing";

    /// <summary>How long an operator has to accept an offer.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan OfferTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Offers let lapse in a row after which the operator is put on a break.</summary>
    [Range(1, 100)]
    public int TimeoutsBeforeBreak { get; set; } = 3;

    /// <summary>Silence after which an operator counts as gone (power cut, air raid) and goes offline.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan HeartbeatTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time after a resolved appeal before the operator gets the next.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan WrapUp { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Waiting that counts as much as one priority level; bounds how long an appeal can be overtaken.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AgingStep { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Wait after which an appeal that no operator at work has all the skills for goes to anyone with its
    /// category; after twice this, to anyone at all.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan FallbackWait { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Estimated wait above which a phone appeal is offered a callback instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CallbackThreshold { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The handle time assumed until there are resolved appeals to measure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DefaultHandleTime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often lapsed offers, lost heartbeats, ended wrap-ups and due callbacks are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:00.01", "00:01:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(1);
}
