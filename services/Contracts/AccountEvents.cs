namespace Ukc.Contracts;

/// <summary>Someone tried to sign in at the gateway with a user name and password.</summary>
/// <param name="Outcome"><c>signed_in</c>, <c>failed</c> (no such account or a wrong password) or <c>locked_out</c>.</param>
public sealed record SignInAttempted(string UserName, string Outcome, DateTimeOffset AttemptedAt);

/// <summary>An admin made a user account or set its roles.</summary>
public sealed record AccountChanged(string UserName, IReadOnlyList<string> Roles, bool Created, DateTimeOffset ChangedAt);

public static class SignInOutcomes
{
    public const string SignedIn = "signed_in";
    public const string Failed = "failed";
    public const string LockedOut = "locked_out";
}
