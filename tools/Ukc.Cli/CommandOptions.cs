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
}
