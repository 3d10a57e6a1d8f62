using System.Diagnostics;
using Ukc.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace ServiceDefaults.Tests;

public sealed class RateLimitedSamplerTests
{
    private readonly FakeTimeProvider time = new();

    [Fact]
    public void A_surge_begins_no_more_traces_than_the_limit()
    {
        var sampler = new RateLimitedSampler(5, time);

        Assert.Equal(5, SampledOf(sampler, 1_000));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(5, SampledOf(sampler, 1_000));

        time.Advance(TimeSpan.FromMilliseconds(400));
        Assert.Equal(2, SampledOf(sampler, 1_000));
    }

    [Fact]
    public void Light_traffic_is_traced_in_full()
    {
        var sampler = new RateLimitedSampler(5, time);
        var sampled = 0;
        for (var second = 0; second < 60; second++)
        {
            sampled += SampledOf(sampler, 4);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(240, sampled);
    }

    [Fact]
    public void A_quiet_spell_does_not_save_up_for_a_bigger_burst()
    {
        var sampler = new RateLimitedSampler(5, time);

        time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(5, SampledOf(sampler, 1_000));
    }

    [Fact]
    public void A_limit_of_zero_traces_nothing()
    {
        Assert.Equal(0, SampledOf(new RateLimitedSampler(0, time), 100));
    }

    [Fact]
    public void A_background_poll_begins_no_trace_and_leaves_the_budget_to_requests()
    {
        var sampler = new RateLimitedSampler(1, time);
        var poll = new SamplingParameters(default, ActivityTraceId.CreateRandom(), "XREADGROUP", ActivityKind.Client);

        Assert.Equal(SamplingDecision.Drop, sampler.ShouldSample(poll).Decision);
        Assert.Equal(1, SampledOf(sampler, 10));
    }

    [Fact]
    public void Spans_follow_the_decision_made_where_their_trace_began_and_carry_it_on()
    {
        using var source = new ActivitySource($"tests-{Guid.NewGuid():N}");
        using var provider = Sdk.CreateTracerProviderBuilder()
            .SetSampler(new RateLimitedSampler(1, time))
            .AddSource(source.Name)
            .Build();

        var traced = Chain(source);
        var untraced = Chain(source);

        Assert.All(traced, span => Assert.True(span.Recorded));
        Assert.All(untraced, span => Assert.False(span.Recorded));
        // The unsampled trace still reaches the last span, so what it publishes carries the decision on.
        Assert.Single(untraced.Select(span => span.TraceId).Distinct());
    }

    /// <summary>A request, the message it publishes, and the consumer of that message in another process.</summary>
    private static List<Activity> Chain(ActivitySource source)
    {
        using var request = source.StartActivity("request", ActivityKind.Server)!;
        using var publish = source.StartActivity("publish", ActivityKind.Producer)!;
        var remote = ActivityContext.Parse(publish.Id!, null);
        publish.Stop();
        request.Stop();
        using var consume = source.StartActivity("consume", ActivityKind.Consumer, remote)!;
        using var republish = source.StartActivity("publish", ActivityKind.Producer)!;
        return [request, publish, consume, republish];
    }

    private static int SampledOf(Sampler sampler, int roots)
    {
        var sampled = 0;
        for (var i = 0; i < roots; i++)
        {
            var parameters = new SamplingParameters(default, ActivityTraceId.CreateRandom(), "request", ActivityKind.Server);
            if (sampler.ShouldSample(parameters).Decision == SamplingDecision.RecordAndSample)
            {
                sampled++;
            }
        }

        return sampled;
    }
}
