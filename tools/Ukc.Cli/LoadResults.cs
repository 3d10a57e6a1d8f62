using System.Collections.Concurrent;
using System.Net;

namespace Ukc.Cli;

/// <summary>What a load run measured: answers by status, and the latency of every accepted appeal.</summary>
public sealed class LoadResults
{
    private readonly ConcurrentBag<double> acceptedMilliseconds = [];
    private readonly ConcurrentDictionary<string, int> errors = new();
    private int dropped;

    public int Accepted => acceptedMilliseconds.Count;

    public void Answered(HttpStatusCode status, TimeSpan latency)
    {
        if (status == HttpStatusCode.Accepted)
        {
            acceptedMilliseconds.Add(latency.TotalMilliseconds);
        }
        else
        {
            errors.AddOrUpdate($"HTTP {(int)status}", 1, (_, n) => n + 1);
        }
    }

    public void Failed(string reason) => errors.AddOrUpdate(reason, 1, (_, n) => n + 1);

    /// <summary>The client could not keep up with the planned rate; counted, never hidden.</summary>
    public void Dropped() => Interlocked.Increment(ref dropped);

    public async Task ReportAsync(TextWriter output, TimeSpan elapsed)
    {
        var sorted = acceptedMilliseconds.Order().ToArray();
        await output.WriteLineAsync($"accepted:     {sorted.Length} in {elapsed.TotalSeconds:0.0}s = {sorted.Length / elapsed.TotalSeconds:0} per second");
        if (sorted.Length > 0)
        {
            await output.WriteLineAsync($"latency ms:   p50 {Percentile(sorted, 0.50):0.0}  p95 {Percentile(sorted, 0.95):0.0}  p99 {Percentile(sorted, 0.99):0.0}  max {sorted[^1]:0.0}");
        }

        await output.WriteLineAsync($"errors:       {errors.Values.Sum()}{string.Concat(errors.Select(e => $"  {e.Key}: {e.Value}"))}");
        if (dropped > 0)
        {
            await output.WriteLineAsync($"not sent:     {dropped} (the client had too many appeals in flight)");
        }
    }

    private static double Percentile(double[] sorted, double share) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
