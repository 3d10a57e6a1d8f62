namespace Ukc.Contracts;

public sealed record PresenceRequest(string? Presence) : IRequestBody
{
    public static string InvalidTitle => "The presence cannot be set.";

    public Dictionary<string, string[]>? Validate() => PresenceRules.OperatorMaySet(Presence)
        ? null
        : new() { ["presence"] = [$"An operator sets their presence to one of: {string.Join(", ", PresenceRules.SetByOperator)}."] };
}
