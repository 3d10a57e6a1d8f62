using System.Text.Json;

namespace Ukc.Categorization.Domain;

/// <summary>The labeled appeals the project ships, embedded in the assembly from <c>Corpus/*.jsonl</c>.</summary>
public static class AppealCorpus
{
    private static readonly Lazy<IReadOnlyList<LabeledAppeal>> Embedded = new(LoadEmbedded);

    public static IReadOnlyList<LabeledAppeal> All => Embedded.Value;

    public static IReadOnlyList<LabeledAppeal> Training => [.. All.Where(appeal => appeal.Split == LabeledAppeal.TrainSplit)];

    public static IReadOnlyList<LabeledAppeal> HeldOut => [.. All.Where(appeal => appeal.Split == LabeledAppeal.TestSplit)];

    public static IEnumerable<LabeledAppeal> Read(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return JsonSerializer.Deserialize<LabeledAppeal>(line, UkcJson.Options)
                    ?? throw new InvalidDataException("A corpus line is not an appeal.");
            }
        }
    }

    private static List<LabeledAppeal> LoadEmbedded()
    {
        var assembly = typeof(AppealCorpus).Assembly;
        var appeals = new List<LabeledAppeal>();
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith("Corpus.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            appeals.AddRange(Read(reader));
        }

        return appeals.Count > 0 ? appeals : throw new InvalidOperationException("The corpus is not embedded in the assembly.");
    }
}
