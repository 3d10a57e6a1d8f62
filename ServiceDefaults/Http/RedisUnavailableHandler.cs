using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Ukc.ServiceDefaults.Http;

/// <summary>
/// A request that finds Redis down is answered 503 with Retry-After, so clients know to try again;
/// every write is one atomic step, so nothing of it was half-written.
/// </summary>
public sealed class RedisUnavailableHandler(IProblemDetailsService problems, ILogger<RedisUnavailableHandler> logger) : IExceptionHandler
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (RedisConnectionException or RedisTimeoutException))
        {
            return false;
        }

        logger.LogWarning("Redis is unavailable: {Reason}", exception.Message);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        RetryAfter.Set(context.Response, Wait);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The service cannot store anything right now. Please try again in a few seconds.",
            },
        });
    }
}
