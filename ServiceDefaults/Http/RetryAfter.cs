using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Ukc.ServiceDefaults.Http;

/// <summary>The <c>Retry-After</c> header of a refused request: whole seconds, rounded up.</summary>
public static class RetryAfter
{
    public static void Set(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
