using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Ukc.ServiceDefaults.Telemetry;

/// <summary>
/// Begins at most <c>tracesPerSecond</c> new traces a second, from a bucket that holds one second's worth.
/// While traffic is light every request is traced; a surge of appeals costs the telemetry pipeline no more
/// than a quiet hour, so the CPU goes to the appeals. A span with a parent follows the decision made where
/// its trace began; a trace begins where work enters (a request, a message), never at a background poll.
/// </summary>
/// <remarks>
/// A span of a trace that is not sampled is still made, though never exported (<see cref="SamplingDecision.RecordOnly"/>):
/// dropping it outright would leave the messages it publishes without a trace, and every service after it would
/// begin traces of its own from the fragments.
/// </remarks>
public sealed class RateLimitedSampler : Sampler
{
    private readonly double perSecond;
    private readonly double capacity;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private double tokens;
    private long refilledAt;

    public RateLimitedSampler(double tracesPerSecond, TimeProvider time)
    {
        perSecond = Math.Max(0, tracesPerSecond);
        capacity = perSecond > 0 ? Math.Max(1, perSecond) : 0;
        this.time = time;
        tokens = capacity;
        refilledAt = time.GetTimestamp();
        Description = $"RateLimitedSampler{{{perSecond}/s}}";
    }

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        var parent = samplingParameters.ParentContext;
        if (parent.TraceId != default)
        {
            return new SamplingResult(parent.TraceFlags.HasFlag(ActivityTraceFlags.Recorded)
                ? SamplingDecision.RecordAndSample
                : SamplingDecision.RecordOnly);
        }

        // A call out with nothing above it is a background loop polling Redis or a feed, not work that entered the system.
        if (samplingParameters.Kind == ActivityKind.Client)
        {
            return new SamplingResult(SamplingDecision.Drop);
        }

        lock (gate)
        {
            var now = time.GetTimestamp();
            tokens = Math.Min(capacity, tokens + (time.GetElapsedTime(refilledAt, now).TotalSeconds * perSecond));
            refilledAt = now;
            if (tokens < 1)
            {
                return new SamplingResult(SamplingDecision.Drop);
            }

            tokens--;
            return new SamplingResult(SamplingDecision.RecordAndSample);
        }
    }
}
