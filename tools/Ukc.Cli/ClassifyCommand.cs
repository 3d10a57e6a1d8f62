using System.Text.Json;
using Ukc.Categorization.Domain;
using Ukc.ServiceDefaults;

namespace Ukc.Cli;

/// <summary>Classifies appeals line by line with no services running.</summary>
public static class ClassifyCommand
{
    public static async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter errors)
    {
        var classifier = AppealClassifier.TrainOnCorpus();
        var failures = 0;
        var lineNumber = 0;
        while (await input.ReadLineAsync() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var appeal = TryRead(line);
            var text = appeal?.Text?.Trim();
            if (appeal is null || appeal.Id.ValueKind == JsonValueKind.Undefined || !AppealText.IsClassifiable(text))
            {
                await errors.WriteLineAsync($"line {lineNumber}: expected {{\"id\",\"text\"}} with a text of 1 to {AppealText.MaxLength} characters");
                failures++;
                continue;
            }

            var result = classifier.Classify(text);
            await output.WriteLineAsync(JsonSerializer.Serialize(
                new ClassifiedLine(appeal.Id, result.Category, result.Priority, result.Distress, result.Language, Math.Round(result.Confidence, 3)),
                UkcJson.Options));
        }

        return failures == 0 ? 0 : 1;
    }

    private static InputLine? TryRead(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<InputLine>(line, UkcJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record InputLine(JsonElement Id, string? Text);

    private sealed record ClassifiedLine(JsonElement Id, string Category, string Priority, int Distress, string Language, double Confidence);
}
