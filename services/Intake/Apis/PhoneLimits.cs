using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ukc.Intake.Apis;

/// <summary>
/// How many appeals one phone number may file from the web form, the chat or a callback request in a while
/// (<see cref="IntakeOptions.AppealsPerPhone"/> in <see cref="IntakeOptions.AppealsPerPhoneWindow"/>): the gateway
/// limits each address, this limits a script that files under one number from many. Calls the PBX reports are not
/// counted: a caller who rings again is a repeat contact. Counted per Intake process.
/// </summary>
public sealed class PhoneLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public PhoneLimits(IOptions<IntakeOptions> options)
    {
        var settings = options.Value;
        limiter = PartitionedRateLimiter.Create<string, string>(phone => RateLimitPartition.GetFixedWindowLimiter(phone, _ => new()
        {
            PermitLimit = settings.AppealsPerPhone,
            Window = settings.AppealsPerPhoneWindow,
            QueueLimit = 0,
        }));
    }

    /// <summary>Null when the number may file one more appeal now (it is counted); otherwise how long until it may.</summary>
    public TimeSpan? RetryAfter(string phone)
    {
        using var lease = limiter.AttemptAcquire(phone);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => limiter.Dispose();
}
