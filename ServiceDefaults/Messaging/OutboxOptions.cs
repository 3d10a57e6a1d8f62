using System.ComponentModel.DataAnnotations;

namespace Ukc.ServiceDefaults.Messaging;

/// <summary>How the outbox dispatcher publishes (configuration section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How long a publish may wait for the broker's confirm before it is tried again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:10:00")]
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an entry read by a dispatcher that stopped answering waits before another takes it over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan AbandonedAfter { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long an idle dispatcher waits before it looks at the outbox again without being woken.</summary>
    [Range(typeof(TimeSpan), "00:00:00.01", "00:01:00")]
    public TimeSpan IdleWait { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;
}
