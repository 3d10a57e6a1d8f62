using Assignment.Benchmarks;
using BenchmarkDotNet.Running;

// Usage: redis-server --port 6399 --save '' & UKC_BENCH_REDIS=127.0.0.1:6399 dotnet run -c Release --project tests/Assignment.Benchmarks
var summary = BenchmarkRunner.Run<MatchingBenchmark>(args: args);
foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
{
    var statistics = report.ResultStatistics!;
    Console.WriteLine(
        $"Routing decisions with {MatchingBenchmark.QueuedAppeals:N0} appeals queued and {MatchingBenchmark.Operators} operators: " +
        $"{1e9 / statistics.Mean:N0} per second, p50 {statistics.Percentiles.P50 / 1e6:N3} ms, p99 {statistics.Percentiles.Percentile(99) / 1e6:N3} ms, " +
        $"over {statistics.N:N0} decisions");
}
