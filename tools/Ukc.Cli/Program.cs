using Ukc.Cli;

return args.FirstOrDefault() switch
{
    "classify" => await ClassifyCommand.RunAsync(Console.In, Console.Out, Console.Error),
    "load" => await LoadCommand.RunAsync(new CommandOptions(args.Skip(1)), Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        ukc — UKC's command-line tool

          classify   JSON Lines {"id","text"} on stdin → {"id","category","priority","distress","language","confidence"} on stdout
          load       [--gateway http://localhost:5080] [--rate N per second, 0 = as fast as accepted] [--duration 30]
                     [--concurrency 64] [--seed 1]: files appeals through the gateway, prints accepted per second,
                     latency p50/p95/p99 and errors
        """);
    return 2;
}
