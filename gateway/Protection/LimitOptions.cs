using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Ukc.Gateway.Protection;

/// <summary>
/// How many appeals one client address may file and how often it may try to sign in, and which addresses file for many citizens and are never limited.
/// The hotline's busiest surge is some hundreds of appeals an hour from as many people; a script filing from one
/// address trips the limit within a minute.
/// </summary>
public sealed class LimitOptions
{
    public const string Section = "Gateway:Limits";

    [Range(1, 100_000)]
    public int AppealsPerMinutePerAddress { get; set; } = 10;

    /// <summary>Sign-in attempts from one address; one account's failures are counted by its lockout instead.</summary>
    [Range(1, 100_000)]
    public int SignInsPerMinutePerAddress { get; set; } = 20;

    /// <summary>Networks in CIDR notation (<c>10.0.0.0/8</c>, <c>::1/128</c>): a partner system, a chat bot, a load test.</summary>
    public string[] UnlimitedNetworks { get; set; } = [];

    private IPNetwork[]? unlimited;

    public bool IsUnlimited(IPAddress address)
    {
        var client = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        unlimited ??= [.. UnlimitedNetworks.Select(IPNetwork.Parse)];
        return unlimited.Any(network => network.Contains(client));
    }
}
