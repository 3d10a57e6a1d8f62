using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Ukc.Categorization.Domain;

namespace Ukc.Categorization.Benchmarks;

/// <summary>
/// Classifications per second on one core (the process is pinned to CPU 0) over the held-out appeals, and the
/// start-up cost: training both models from the embedded corpus.
/// </summary>
[Config(typeof(OneCore))]
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private AppealClassifier classifier = null!;
    private string[] texts = [];

    private const int Appeals = 364;

    [GlobalSetup]
    public void SetUp()
    {
        classifier = AppealClassifier.TrainOnCorpus();
        texts = [.. AppealCorpus.HeldOut.Select(appeal => appeal.Text).Take(Appeals)];
        if (texts.Length != Appeals)
        {
            throw new InvalidOperationException($"The held-out split has {texts.Length} appeals, not {Appeals}.");
        }
    }

    /// <summary>One operation classifies every held-out appeal once; divide by their number for one classification.</summary>
    [Benchmark(OperationsPerInvoke = Appeals)]
    public int ClassifyHeldOut()
    {
        var critical = 0;
        foreach (var text in texts)
        {
            critical += classifier.Classify(text).Priority == "critical" ? 1 : 0;
        }

        return critical;
    }

    [Benchmark]
    public AppealClassifier TrainAtStartUp() => AppealClassifier.TrainOnCorpus();

    private sealed class OneCore : ManualConfig
    {
        public OneCore() => AddJob(Job.ShortRun.WithAffinity(1));
    }
}
