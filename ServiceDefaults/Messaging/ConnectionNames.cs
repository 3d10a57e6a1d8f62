namespace Ukc.ServiceDefaults.Messaging;

/// <summary>The names of the connection strings the AppHost gives every service: its one place.</summary>
public static class ConnectionNames
{
    /// <summary>RabbitMQ.</summary>
    public const string Messaging = "messaging";

    public const string Redis = "redis";
}
