using System.ComponentModel.DataAnnotations;

namespace Ukc.AppHost.Infrastructure;

/// <summary>How the AppHost runs RabbitMQ, Redis and PostgreSQL (configuration section <c>Infrastructure</c>).</summary>
public sealed class InfrastructureOptions
{
    public const string Section = "Infrastructure";

    public InfrastructureMode Mode { get; set; } = InfrastructureMode.Auto;

    /// <summary>Where local servers keep their data, relative to the AppHost's folder.</summary>
    [Required]
    public string StateFolder { get; set; } = "../.state";

    /// <summary>The port local Redis listens on if it is free; 0 for any free port.</summary>
    [Range(0, 65_535)]
    public int RedisPort { get; set; } = 6390;

    [Range(0, 65_535)]
    public int RabbitMqPort { get; set; } = 5690;

    /// <summary>Erlang distribution port of local RabbitMQ; unset, the AMQP port plus 20,000 (any free port past 65,535).</summary>
    [Range(0, 65_535)]
    public int? RabbitMqDistributionPort { get; set; }

    /// <summary>The port local PostgreSQL (Reporting's database) listens on if it is free; 0 for any free port.</summary>
    [Range(0, 65_535)]
    public int PostgresPort { get; set; } = 5490;

    /// <summary>
    /// <c>always</c>: every accepted appeal is on disk before Redis answers, so even a power cut loses nothing;
    /// <c>everysec</c> roughly doubles throughput on a slow disk at the risk of the last second.
    /// </summary>
    [AllowedValues("always", "everysec", "no")]
    public string RedisAppendFsync { get; set; } = "always";
}

/// <summary>Where the one public origin listens (configuration section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    [Range(1, 65_535)]
    public int Port { get; set; } = 5080;
}

public static class Settings
{
    /// <summary>A section of the AppHost's configuration, bound and checked: a bad value stops the start, naming the setting.</summary>
    public static T Read<T>(this IConfiguration configuration, string section) where T : class, new()
    {
        var settings = configuration.GetSection(section).Get<T>() ?? new T();
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(settings, new ValidationContext(settings), errors, validateAllProperties: true))
        {
            throw new InvalidOperationException(
                $"{section} settings are not valid: {string.Join(" ", errors.Select(e => $"{section}:{string.Join(",", e.MemberNames)}: {e.ErrorMessage}"))}");
        }

        return settings;
    }
}
