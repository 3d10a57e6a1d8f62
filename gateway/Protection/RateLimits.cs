using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Ukc.ServiceDefaults.Http;

namespace Ukc.Gateway.Protection;

/// <summary>
/// ASP.NET Core's rate limiter at the gateway. A route takes a policy by name in its configuration
/// (<c>"RateLimiterPolicy": "appeals"</c>); a refused request gets 429 with <c>Retry-After</c> and a problem.
/// </summary>
public static class RateLimits
{
    public const string Appeals = "appeals";
    public const string SignIns = "sign-ins";

    public static IServiceCollection AddUkcRateLimits(this IServiceCollection services)
    {
        services.AddOptions<LimitOptions>().BindConfiguration(LimitOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.UnlimitedNetworks.All(n => IPNetwork.TryParse(n, out _)), $"{LimitOptions.Section}:UnlimitedNetworks must be networks in CIDR notation")
            .ValidateOnStart();
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Appeals, context => PerAddress(context, options => options.AppealsPerMinutePerAddress));
            limiter.AddPolicy(SignIns, context => PerAddress(context, options => options.SignInsPerMinutePerAddress));
            limiter.OnRejected = RejectAsync;
        });
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, Func<LimitOptions, int> perMinute)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<LimitOptions>>().Value;
        var address = context.Connection.RemoteIpAddress;
        return address is null || options.IsUnlimited(address)
            ? RateLimitPartition.GetNoLimiter("")
            : RateLimitPartition.GetFixedWindowLimiter(address.ToString(), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute(options),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            RetryAfter.Set(context.HttpContext.Response, retryAfter);
        }

        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: "Too many requests of this kind came from this address in the last minute; try again after the time in Retry-After.")
            .ExecuteAsync(context.HttpContext);
    }
}
