using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Ukc.ServiceDefaults.Auth;

/// <summary>Signs a service's own requests to another service: in its own name, in the role <see cref="Roles.Service"/>.</summary>
public sealed class ServiceTokenHandler(IConfiguration configuration, IHostEnvironment environment, TimeProvider time) : DelegatingHandler
{
    private readonly Microsoft.IdentityModel.Tokens.SymmetricSecurityKey key = ServiceTokens.SigningKey(configuration);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Bearer", ServiceTokens.Create(key, environment.ApplicationName, [Roles.Service], time.GetUtcNow()));
        return base.SendAsync(request, cancellationToken);
    }
}
