namespace Ukc.ServiceDefaults.Auth;

/// <summary>Who calls UKC: the roles the gateway signs into the token it forwards to the services.</summary>
public static class Roles
{
    /// <summary>Nobody signed in: a citizen filing an appeal or reading its status with its tracking code.</summary>
    public const string Citizen = "citizen";

    public const string Operator = "operator";

    public const string Supervisor = "supervisor";

    /// <summary>A supervisor who also manages user accounts and roles.</summary>
    public const string Admin = "admin";

    /// <summary>The telephony system reporting calls.</summary>
    public const string Pbx = "pbx";

    /// <summary>One service asking another, such as Reporting asking Staffing for its forecast.</summary>
    public const string Service = "service";

    /// <summary>The roles a user account can hold.</summary>
    public static IReadOnlyList<string> OfAccounts { get; } = [Operator, Supervisor, Admin];
}
