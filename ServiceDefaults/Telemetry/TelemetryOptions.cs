using System.ComponentModel.DataAnnotations;

namespace Ukc.ServiceDefaults.Telemetry;

/// <summary>How much each process traces (configuration section <c>Telemetry</c>); logs and metrics are not sampled.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>New traces the process begins per second; 0 traces nothing.</summary>
    [Range(0, 100_000)]
    public double TracesPerSecond { get; set; } = 5;
}
