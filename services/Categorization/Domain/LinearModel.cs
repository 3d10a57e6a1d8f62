using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Ukc.Categorization.Domain;

/// <summary>
/// Trained multinomial logistic regressions read out of ML.NET, softmax(W·x + b) over the same sparse features, one
/// head per question (category, priority). Scoring by hand shares one featurization between the heads and keeps
/// prediction free of shared state.
/// </summary>
internal sealed class LinearModel
{
    // Every head's weights for one feature sit side by side in one 64-byte cache line: a feature of the appeal costs
    // one memory access for all heads, which is most of the cost of scoring.
    private const int Stride = 16;

    private readonly Head[] heads;
    private readonly float[] weights;

    public LinearModel(params (MaximumEntropyModelParameters Parameters, string[] Labels)[] trained)
    {
        var offset = 0;
        heads = new Head[trained.Length];
        var classWeights = new VBuffer<float>[trained.Length][];
        for (var h = 0; h < trained.Length; h++)
        {
            var (parameters, labels) = trained[h];
            VBuffer<float>[] perClass = [];
            parameters.GetWeights(ref perClass, out var classes);
            if (classes != labels.Length)
            {
                throw new InvalidOperationException($"A model has {classes} classes for {labels.Length} labels.");
            }

            heads[h] = new Head(labels, [.. parameters.GetBiases()], offset);
            classWeights[h] = perClass;
            offset += classes;
        }

        if (offset > Stride)
        {
            throw new InvalidOperationException($"The heads have {offset} classes together; at most {Stride} fit a cache line.");
        }

        weights = new float[AppealFeatures.Dimension * Stride];
        for (var h = 0; h < heads.Length; h++)
        {
            for (var c = 0; c < heads[h].Labels.Length; c++)
            {
                var feature = 0;
                foreach (var weight in classWeights[h][c].DenseValues())
                {
                    weights[feature++ * Stride + heads[h].Offset + c] = weight;
                }
            }
        }
    }

    public IReadOnlyList<string> Labels(int head) => heads[head].Labels;

    public int IndexOf(int head, string label) => Array.IndexOf(heads[head].Labels, label);

    /// <summary>For each head, the probability of each of its labels in the order of <see cref="Labels"/>.</summary>
    public float[][] Probabilities(in VBuffer<float> features)
    {
        Span<float> scores = stackalloc float[Stride];
        var values = features.GetValues();
        var indices = features.IsDense ? default : features.GetIndices();
        for (var i = 0; i < values.Length; i++)
        {
            var feature = features.IsDense ? i : indices[i];
            var row = weights.AsSpan(feature * Stride, Stride);
            var value = values[i];
            for (var c = 0; c < Stride; c++)
            {
                scores[c] += row[c] * value;
            }
        }

        var probabilities = new float[heads.Length][];
        for (var h = 0; h < heads.Length; h++)
        {
            var head = heads[h];
            var headScores = new float[head.Labels.Length];
            for (var c = 0; c < headScores.Length; c++)
            {
                headScores[c] = scores[head.Offset + c] + head.Biases[c];
            }

            Softmax(headScores);
            probabilities[h] = headScores;
        }

        return probabilities;
    }

    private static void Softmax(float[] scores)
    {
        var max = scores.Max();
        var sum = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }

    private sealed record Head(string[] Labels, float[] Biases, int Offset);
}
