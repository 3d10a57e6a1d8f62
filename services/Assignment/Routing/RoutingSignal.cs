namespace Ukc.Assignment.Routing;

/// <summary>Raised whenever something changed that may make a match possible; the routing loop waits on it.</summary>
public sealed class RoutingSignal : WakeSignal;
