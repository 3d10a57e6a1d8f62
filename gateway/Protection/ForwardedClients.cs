using Microsoft.AspNetCore.HttpOverrides;

namespace Ukc.Gateway.Protection;

/// <summary>
/// Behind a load balancer or TLS terminator every request comes from the proxy's address; the citizen's is in
/// <c>X-Forwarded-For</c>. It is believed only from the proxies listed in <c>Gateway:TrustedProxies</c> (networks
/// in CIDR notation), so that the limits count citizens, not the proxy, and a client cannot name an address of its choice.
/// </summary>
public static class ForwardedClients
{
    public const string Section = "Gateway:TrustedProxies";

    public static IServiceCollection AddUkcForwardedClients(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(Section).Get<string[]>() ?? [];
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
            }
        });
    }
}
