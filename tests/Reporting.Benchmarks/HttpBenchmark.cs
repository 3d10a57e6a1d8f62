using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ukc.Reporting.Benchmarks;

/// <summary>
/// The reports API over HTTP on loopback, served by <see cref="ReportingHost"/> in a process of its own:
/// first the month's appeals as CSV (<c>GET /api/reports/appeals?format=csv</c>), read to the end as it streams,
/// with the server process's peak resident memory (VmHWM) before and after; then the month's intervals per hour
/// and category as JSON, timed run after run.
/// </summary>
internal static class HttpBenchmark
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        arguments.RequiredText("data");
        var runs = arguments.Number("runs", 20);
        var csvRuns = arguments.Number("csv-runs", 2);
        var warmup = arguments.Number("warmup", 3);
        var (cluster, database) = await Bench.StartAsync(arguments);
        await using var stopCluster = cluster;
        await using var closeDatabase = database;
        await Bench.PrintTablesAsync(database);

        var port = FreePort();
        using var server = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["serve", "--connection", cluster.ConnectionString, "--port", $"{port}"])
        {
            UseShellExecute = false,
        })!;
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = Timeout.InfiniteTimeSpan };
            await WaitForAsync(client);
            Bench.Print($"Reporting API on Kestrel, process {server.Id}: {Memory(server.Id)} after start");

            const string month = "from=2026-11-01&to=2026-11-30";
            var intervals = $"/api/reports/intervals?{month}&interval=1h&by=category";
            var (_, _, _, sample) = await ReadSampleAsync(client, "/api/reports/appeals?from=2026-11-01&to=2026-11-01&format=csv");
            Bench.Print($"  server after a day's CSV to warm up: {Memory(server.Id)}; its first lines:{Environment.NewLine}{sample}");
            var csv = $"/api/reports/appeals?{month}&format=csv";
            for (var i = 0; i < csvRuns; i++)
            {
                var one = Stopwatch.StartNew();
                var (size, lines, firstByte) = await ReadAsync(client, csv);
                one.Stop();
                Bench.Print($"HTTP CSV result: GET {csv}: {lines - 1:N0} appeals, {size / 1e6:N0} MB in {one.Elapsed.TotalSeconds:N1} s " +
                    $"({lines / one.Elapsed.TotalSeconds:N0} rows/s, first byte after {firstByte:N0} ms); server {Memory(server.Id)}; {Bench.Load()}");
            }

            for (var i = 0; i < warmup; i++)
            {
                await ReadAsync(client, intervals);
            }

            var timings = new List<double>();
            long bytes = 0;
            for (var i = 0; i < runs; i++)
            {
                var one = Stopwatch.StartNew();
                bytes = (await ReadAsync(client, intervals)).Bytes;
                timings.Add(one.Elapsed.TotalMilliseconds);
            }

            Bench.Print($"HTTP intervals result: GET {intervals}: {bytes:N0} bytes of JSON, {Bench.Timings(timings)}, after {warmup} warm-up runs; " +
                $"server {Memory(server.Id)}; {Bench.Load()}");
        }
        finally
        {
            server.Kill();
            await server.WaitForExitAsync();
        }

        return 0;
    }

    /// <summary>Reads the whole response as it comes; returns its size, its lines and when its first bytes came.</summary>
    private static async Task<(long Bytes, long Lines, double FirstByteMs)> ReadAsync(HttpClient client, string path)
    {
        var (bytes, lines, first, _) = await ReadSampleAsync(client, path);
        return (bytes, lines, first);
    }

    private static async Task<(long Bytes, long Lines, double FirstByteMs, string Sample)> ReadSampleAsync(HttpClient client, string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1 << 16];
        long bytes = 0, lines = 0;
        double first = -1;
        var sample = new StringBuilder();
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            if (first < 0)
            {
                first = clock.Elapsed.TotalMilliseconds;
            }

            if (sample.Length < 600)
            {
                sample.Append(Encoding.UTF8.GetString(buffer, 0, Math.Min(read, 600)));
            }

            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return (bytes, lines, first, string.Join(Environment.NewLine, sample.ToString().Split('\n').Take(3)));
    }

    private static async Task WaitForAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var alive = await client.GetAsync("/alive");
                if (alive.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (attempt < 300)
            {
            }

            if (attempt >= 300)
            {
                throw new InvalidOperationException("The Reporting API did not come up within 30 s.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The process's peak and current resident memory, as Linux counts them.</summary>
    private static string Memory(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        string Field(string name) => status.First(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..].Trim();
        return $"VmHWM (peak resident) {Field("VmHWM")}, VmRSS {Field("VmRSS")}";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
