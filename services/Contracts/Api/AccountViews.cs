namespace Ukc.Contracts;

public sealed record Credentials(string? UserName, string? Password);

public sealed record RefreshRequest(string RefreshToken);

/// <summary>An account an admin adds.</summary>
public sealed record NewUser(string? UserName, string? Password, string[]? Roles);

/// <summary>Who is signed in, with the roles of their account.</summary>
public sealed record Caller(string UserName, IReadOnlyList<string> Roles);
