using Ukc.Cli;

return args.FirstOrDefault() switch
{
    "classify" => await ClassifyCommand.RunAsync(Console.In, Console.Out, Console.Error),
    "load" => await LoadCommand.RunAsync(new CommandOptions(args.Skip(1)), Console.Out, Console.Error),
    "bench-broker" => await BenchBrokerAsync(new CommandOptions(args.Skip(1))),
    "erlang" => await ErlangCommand.RunAsync(new CommandOptions(args.Skip(1)), Console.Out, Console.Error),
    "seed" => await SeedCommand.RunAsync(new CommandOptions(args.Skip(1)), Console.Out),
    "users" => await UsersCommand.RunAsync([.. args.Skip(1)], Console.Out),
    _ => Usage(),
};

static async Task<int> BenchBrokerAsync(CommandOptions options)
{
    var rate = await BrokerBench.MeasureAsync(
        new Uri(options.Text("broker", BrokerBench.DevelopmentBroker)), options.Duration("duration", TimeSpan.FromSeconds(10)));
    Console.WriteLine($"{rate:0} persistent, confirmed messages per second, published and consumed");
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        ukc — UKC's command-line tool

          classify   JSON Lines {"id","text"} on stdin → {"id","category","priority","distress","language","confidence"} on stdout
          load       [--gateway http://localhost:5080] [--admin-password P, or UKC_ADMIN_PASSWORD]
                     [--rate N per second, 0 = as fast as accepted] [--profile steady|day|surge] [--duration 30s]
                     [--concurrency 64] [--seed 1] [--warmup 10s, not counted] [--settle 60s]
                     [--operators N --passwords ukc-dev-passwords.txt --think 2s --handle 10s]
                     [--broker amqp://guest:guest@127.0.0.1:5690 --broker-seconds 5s, 0 = skip] [--json]:
                     files appeals through the gateway as citizens (day: a hotline's day with a tenfold surge after a
                     strike, compressed into the duration, at a mean of --rate before the surge; surge: ten times --rate
                     for the middle fifth), while N operators signed in with their own accounts (those ukc seed made) take and resolve
                     them; then follows every accepted appeal and prints per stage (accepted, received, categorized,
                     queued, offered, assigned) p50/p95/p99/max since it was due, queued and assigned per second, the
                     raw broker's rate measured first, and the appeals lost or assigned twice; --json prints the result
                     as JSON on stdout (the rest goes to stderr); exits 1 if any appeal was lost or assigned twice
          bench-broker [--broker amqp://guest:guest@127.0.0.1:5690] [--duration 10s]: persistent, confirmed messages
                     published to and consumed from a queue of its own on the same RabbitMQ, per second
          erlang     --arrivals-per-hour N --aht-seconds S [--target-sl 0.8] [--answer-seconds 20] [--shrinkage 0.3]
                     [--operators N: the service level they give] [--patience-seconds P: Erlang A with abandonment]
                     → operators needed on the phones and scheduled, service level, ASA, probability of waiting,
                     occupancy, as JSON (the same numbers as POST /api/staffing/erlang)
          seed       [--gateway http://localhost:5080] [--admin-password P, or UKC_ADMIN_PASSWORD] [--passwords FILE]:
                     loads the shipped roster of 45 operators through the gateway and makes each an operator account,
                     and a supervisor account "supervisor", with the password FILE gives (lines "id password"), or a
                     new one written to ukc-dev-passwords.txt; seeding again leaves the same 45 and their accounts
          users      add --role operator|supervisor|admin NAME [--password P] [--admin-password P]: makes an account
        """);
    return 2;
}
