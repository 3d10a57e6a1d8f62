namespace Ukc.ServiceDefaults.Telemetry;

/// <summary>Names of the activity sources and meters that UKC exports.</summary>
public static class UkcTelemetry
{
    public const string MassTransitSource = "MassTransit";

    /// <summary>Every service names its own meter <c>Ukc.{Service}</c>.</summary>
    public const string UkcMeters = "Ukc.*";
}
