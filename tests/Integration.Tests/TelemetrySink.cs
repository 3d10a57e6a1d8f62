using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Integration.Tests;

/// <summary>
/// Where every process of the system under test sends its logs, traces and metrics (OTLP over HTTP), so a test can
/// watch for strings in all of it. The protobuf bodies are searched as bytes: a string field holds its UTF-8 as is.
/// Over the whole run it also notes every phone number in clear (Ukrainian, as Intake keeps them: +380 and nine digits).
/// </summary>
public sealed class TelemetrySink : IAsyncDisposable
{
    private static readonly System.Text.RegularExpressions.Regex Phone = new(@"\+380\d{9}", System.Text.RegularExpressions.RegexOptions.Compiled);

    private readonly WebApplication app;
    private readonly ConcurrentDictionary<Watch, bool> watches = new();
    private readonly ConcurrentDictionary<string, string> phones = new();

    /// <summary>Phone numbers in clear seen in any export of the run, each with the signal it came in.</summary>
    public IReadOnlyDictionary<string, string> PhonesInClear => phones;

    private TelemetrySink(WebApplication app) => this.app = app;

    public string Address { get; private set; } = "";

    public static async Task<TelemetrySink> StartAsync()
    {
        var builder = LoopbackServer.CreateBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);
        var sink = new TelemetrySink(builder.Build());
        sink.app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            foreach (var watch in sink.watches.Keys)
            {
                watch.Look(signal, body.GetBuffer().AsSpan(0, (int)body.Length));
            }

            // Latin-1 keeps one character per byte, so the digits of a UTF-8 string field are found as they are.
            foreach (System.Text.RegularExpressions.Match phone in Phone.Matches(Encoding.Latin1.GetString(body.GetBuffer(), 0, (int)body.Length)))
            {
                sink.phones.TryAdd(phone.Value, signal);
            }

            return Results.Bytes([], "application/x-protobuf");
        });
        sink.Address = await LoopbackServer.StartAsync(sink.app);
        return sink;
    }

    /// <summary>Counts, per signal, the exports from now on that hold each of <paramref name="needles"/>.</summary>
    public Watch Start(params string[] needles)
    {
        Watch? watch = null;
        watch = new Watch(needles, () => watches.TryRemove(watch!, out _));
        watches[watch] = true;
        return watch;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    public sealed class Watch(string[] needles, Action stop) : IDisposable
    {
        private readonly byte[][] patterns = [.. needles.Select(Encoding.UTF8.GetBytes)];
        private readonly ConcurrentDictionary<(string Needle, string Signal), int> found = new();
        private int exports;

        /// <summary>Exports seen since the watch began.</summary>
        public int Exports => exports;

        /// <summary>The signals (<c>logs</c>, <c>traces</c>, <c>metrics</c>) whose exports held <paramref name="needle"/>.</summary>
        public IReadOnlyList<string> SignalsWith(string needle) => [.. found.Keys.Where(k => k.Needle == needle).Select(k => k.Signal).Order()];

        public void Dispose() => stop();

        internal void Look(string signal, ReadOnlySpan<byte> export)
        {
            Interlocked.Increment(ref exports);
            for (var i = 0; i < patterns.Length; i++)
            {
                if (export.IndexOf(patterns[i]) >= 0)
                {
                    found.AddOrUpdate((needles[i], signal), 1, (_, n) => n + 1);
                }
            }
        }
    }
}
