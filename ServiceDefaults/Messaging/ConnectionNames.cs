namespace Ukc.ServiceDefaults.Messaging;

/// <summary>The names of the connection strings the AppHost gives every service: its one place.</summary>
public static class ConnectionNames
{
    /// <summary>RabbitMQ.</summary>
    public const string Messaging = "messaging";

    public const string Redis = "redis";

    /// <summary>Reporting's PostgreSQL database: the history of every appeal.</summary>
    public const string Reports = "reports";
}
