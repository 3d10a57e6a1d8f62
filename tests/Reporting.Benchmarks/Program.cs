using Ukc.Reporting.Benchmarks;

// Reporting's benchmarks: one-off large measurements timed with a stopwatch, each against a PostgreSQL server of
// its own (docs/benchmarks.md, "Reporting", gives the commands and the figures).
//
//   ingest     events/s through EventHistory.WriteAsync, batch by batch, into an empty history (or --append to a loaded one)
//   load       a month of appeals into a kept data folder (--via write: WriteAsync; --via copy: COPY of the events, then RebuildAsync)
//   intervals  Reports.IntervalsAsync over the loaded month, per hour and category, timed run after run
//   http       the same through a real Kestrel serving the Reporting API in a child process: intervals as JSON, and the CSV export
//
// Options: --data DIR keeps the server's data folder between runs; --durable keeps PostgreSQL's fsync and synchronous
// commit (by default both are off, as in the tests' server); --pg name=value (again and again) sets a server setting;
// --statements (with --pg shared_preload_libraries=pg_stat_statements) prints PostgreSQL's time per statement of an ingest.
var arguments = Arguments.Parse(args);
return arguments.Command switch
{
    "ingest" => await IngestBenchmark.RunAsync(arguments),
    "load" => await MonthLoad.RunAsync(arguments),
    "intervals" => await IntervalsBenchmark.RunAsync(arguments),
    "http" => await HttpBenchmark.RunAsync(arguments),
    "serve" => await ReportingHost.RunAsync(arguments),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        dotnet run -c Release --project tests/Reporting.Benchmarks -- <command> [options]
          ingest    [--events 200000] [--batch 1000] [--warmup 10000] [--append] [--data DIR] [--durable] [--statements]
          load      --data DIR [--appeals 1000000] [--via write|copy] [--batch 1000] [--durable]
          intervals --data DIR [--runs 20] [--warmup 3] [--explain] [--durable]
          http      --data DIR [--runs 20] [--warmup 3] [--csv-runs 2] [--durable]
        every command: [--pg name=value]...
        """);
    return 2;
}
