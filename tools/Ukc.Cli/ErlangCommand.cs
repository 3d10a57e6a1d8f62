using Ukc.Contracts;
using System.Text.Json;
using Ukc.ServiceDefaults;
using Ukc.Staffing.Domain;

namespace Ukc.Cli;

/// <summary>The staffing API's Erlang answer, computed here by the same code, as JSON.</summary>
public static class ErlangCommand
{
    private static readonly JsonSerializerOptions Json = new(UkcJson.Options) { WriteIndented = true };

    public static async Task<int> RunAsync(CommandOptions options, TextWriter output, TextWriter error)
    {
        var operators = options.Text("operators") is null ? (int?)null : (int)options.Number("operators", 0);
        var patience = options.Text("patience-seconds") is null ? (double?)null : options.Number("patience-seconds", 0);
        var question = new StaffingQuestion(
            options.Number("arrivals-per-hour", 0),
            options.Number("aht-seconds", 0),
            options.Number("target-sl", 0.8),
            options.Number("answer-seconds", 20),
            options.Number("shrinkage", 0),
            operators,
            patience);

        var errors = question.Validate();
        if (errors is not null)
        {
            foreach (var (field, messages) in errors)
            {
                await error.WriteLineAsync($"{field}: {string.Join(" ", messages)}");
            }

            return 2;
        }

        try
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(question.Answer(), Json));
            return 0;
        }
        catch (ErlangAOutOfRangeException exception)
        {
            await error.WriteLineAsync($"patienceSeconds: {exception.Message}");
            return 2;
        }
    }
}
