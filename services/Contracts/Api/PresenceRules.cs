namespace Ukc.Contracts;

/// <summary>What an operator may set their own presence to; busy and wrap-up follow from their work.</summary>
public static class PresenceRules
{
    public static readonly IReadOnlyList<string> SetByOperator = [Presence.Available, Presence.Break, Presence.Offline, Presence.Shelter];

    public static bool OperatorMaySet(string? presence) => presence is not null && SetByOperator.Contains(presence);
}
