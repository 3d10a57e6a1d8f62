namespace Ukc.Assignment.Apis;

public sealed record PresenceRequest(string? Presence) : IRequestBody
{
    public static string InvalidTitle => "The presence cannot be set.";
}
