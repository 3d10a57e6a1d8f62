using System.Globalization;

namespace Ukc.Reporting.Benchmarks;

/// <summary>A command and its <c>--name value</c> options; a flag is an option without a value.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

    public string Command { get; private init; } = "";

    public static Arguments Parse(string[] args)
    {
        var parsed = new Arguments { Command = args.Length > 0 ? args[0] : "" };
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{args[i]}' is not an option.");
            }

            var name = args[i][2..];
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            if (parsed.options.TryGetValue(name, out var earlier) && earlier is not null && value is not null)
            {
                value = earlier + "\n" + value;
            }

            parsed.options[name] = value;
        }

        return parsed;
    }

    /// <summary>Every value an option was given, where it was given more than once.</summary>
    public IReadOnlyList<string> All(string name) => options.GetValueOrDefault(name)?.Split('\n') ?? [];

    public bool Flag(string name) => options.ContainsKey(name);

    public string? Text(string name) => options.GetValueOrDefault(name);

    public string Text(string name, string fallback) => options.GetValueOrDefault(name) ?? fallback;

    public int Number(string name, int fallback) =>
        options.GetValueOrDefault(name) is { } value ? int.Parse(value.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public string RequiredText(string name) =>
        options.GetValueOrDefault(name) ?? throw new ArgumentException($"--{name} is required.");
}
