using System.Globalization;

namespace Ukc.Cli;

/// <summary>The <c>--name value</c> options of a command, with their defaults.</summary>
public sealed class CommandOptions
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public CommandOptions(IEnumerable<string> args)
    {
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                values[name] = "true";
            }
            else if (name is not null)
            {
                values[name] = arg;
                name = null;
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{arg}': options are --name value.");
            }
        }
    }

    public string Text(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public string? Text(string name) => values.GetValueOrDefault(name);

    public double Number(string name, double fallback) =>
        values.TryGetValue(name, out var value)
            ? double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new ArgumentException($"--{name} takes a number, not '{value}'.")
            : fallback;

    /// <summary>A time span given in seconds, with or without a unit: <c>180</c>, <c>180s</c>, <c>3m</c>, <c>250ms</c>.</summary>
    public TimeSpan Duration(string name, TimeSpan fallback)
    {
        if (!values.TryGetValue(name, out var value))
        {
            return fallback;
        }

        var (digits, unit) = value.EndsWith("ms", StringComparison.Ordinal) ? (value[..^2], 0.001)
            : value.EndsWith('s') ? (value[..^1], 1.0)
            : value.EndsWith('m') ? (value[..^1], 60.0)
            : (value, 1.0);
        return double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? TimeSpan.FromSeconds(number * unit)
            : throw new ArgumentException($"--{name} takes a duration such as 180s, 3m or 250ms, not '{value}'.");
    }

    public bool Flag(string name) => values.TryGetValue(name, out var value) && value != "false";
}
