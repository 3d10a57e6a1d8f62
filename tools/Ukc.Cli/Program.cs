using Ukc.Cli;

return args.FirstOrDefault() switch
{
    "classify" => await ClassifyCommand.RunAsync(Console.In, Console.Out, Console.Error),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        ukc — UKC's command-line tool

          classify   JSON Lines {"id","text"} on stdin → {"id","category","priority","distress","language","confidence"} on stdout
        """);
    return 2;
}
