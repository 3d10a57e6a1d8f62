using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace Ukc.Categorization.Domain;

/// <summary>
/// Turns an appeal's text into a sparse vector of word uni/bigrams and character n-grams, fitted on the corpus.
/// Character n-grams carry the stems of inflected Ukrainian and Russian words (евакуація, евакуювати, эвакуироваться)
/// without a stemmer per language.
/// </summary>
internal sealed class TextFeaturizer
{
    private readonly MLContext ml;
    private readonly ITransformer transformer;

    // A PredictionEngine is not thread-safe; each caller takes one from the pool and gives it back.
    private readonly ConcurrentBag<Engine> engines = [];

    private TextFeaturizer(MLContext ml, ITransformer transformer)
    {
        this.ml = ml;
        this.transformer = transformer;
    }

    public static (TextFeaturizer Featurizer, IDataView Features) Fit<TRow>(MLContext ml, IEnumerable<TRow> rows)
        where TRow : class
    {
        var data = ml.Data.LoadFromEnumerable(rows);
        var options = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = true,
            KeepPunctuations = false,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        // Each group is normalized on its own, so the few topic tokens weigh as much as the many n-grams.
        var transformer = ml.Transforms.Text.FeaturizeText(TextFeatures, options, nameof(TextRow.Text))
            .Append(ml.Transforms.Text.ProduceWordBags(StemFeatures, nameof(TextRow.Stems), ngramLength: 2))
            .Append(ml.Transforms.NormalizeLpNorm(StemFeatures))
            .Append(ml.Transforms.Text.ProduceWordBags(TopicFeatures, nameof(TextRow.Topics), ngramLength: 1))
            .Append(ml.Transforms.NormalizeLpNorm(TopicFeatures))
            .Append(ml.Transforms.Concatenate(FeatureColumn, TextFeatures, StemFeatures, TopicFeatures))
            .Fit(data);
        return (new TextFeaturizer(ml, transformer), transformer.Transform(data));
    }

    public const string FeatureColumn = "Features";
    private const string TextFeatures = "TextFeatures";
    private const string StemFeatures = "StemFeatures";
    private const string TopicFeatures = "TopicFeatures";

    /// <summary>Featurizes the text and hands the sparse vector to <paramref name="use"/> while the buffer is valid.</summary>
    public TResult Featurize<TResult>(string text, Func<VBuffer<float>, TResult> use)
    {
        if (!engines.TryTake(out var engine))
        {
            engine = new Engine(ml.Model.CreatePredictionEngine<TextRow, FeatureRow>(transformer));
        }

        try
        {
            engine.Input.Fill(text);
            engine.Predictor.Predict(engine.Input, ref engine.Output);
            return use(engine.Output.Features);
        }
        finally
        {
            engines.Add(engine);
        }
    }

    private sealed class Engine(PredictionEngine<TextRow, FeatureRow> predictor)
    {
        public PredictionEngine<TextRow, FeatureRow> Predictor { get; } = predictor;

        public TextRow Input { get; } = new();

        public FeatureRow Output = new();
    }

    /// <summary>The columns the featurizer reads, all derived from the appeal's text.</summary>
    internal class TextRow
    {
        public string Text { get; set; } = "";

        public string Stems { get; set; } = "";

        public string Topics { get; set; } = "";

        public void Fill(string text)
        {
            Text = AppealText.Normalize(text);
            Stems = AppealText.Stems(Text);
            // A leading word keeps the bag from being empty when no topic is found.
            Topics = "text " + AppealText.Topics(Text);
        }
    }

    internal sealed class FeatureRow
    {
        public VBuffer<float> Features { get; set; }
    }
}
