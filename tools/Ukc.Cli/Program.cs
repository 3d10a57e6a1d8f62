using Ukc.Cli;

return args.FirstOrDefault() switch
{
    "classify" => await ClassifyCommand.RunAsync(Console.In, Console.Out, Console.Error),
    "load" => await LoadCommand.RunAsync(new CommandOptions(args.Skip(1)), Console.Out),
    "erlang" => await ErlangCommand.RunAsync(new CommandOptions(args.Skip(1)), Console.Out, Console.Error),
    "seed" => await SeedCommand.RunAsync(new CommandOptions(args.Skip(1)), Console.Out),
    "users" => await UsersCommand.RunAsync([.. args.Skip(1)], Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        ukc — UKC's command-line tool

          classify   JSON Lines {"id","text"} on stdin → {"id","category","priority","distress","language","confidence"} on stdout
          load       [--gateway http://localhost:5080] [--rate N per second, 0 = as fast as accepted] [--duration 30]
                     [--concurrency 64] [--seed 1] [--warmup 10, seconds not counted]
                     [--operators N --passwords ukc-dev-passwords.txt --handle 10, mean seconds]: files appeals through
                     the gateway as a citizen, while N operators signed in with their own accounts (those ukc seed made)
                     take and resolve them; prints accepted per second, latency p50/p95/p99 and errors
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
