using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Ukc.Categorization.Domain;

/// <summary>
/// A trained multinomial logistic regression read out of ML.NET: softmax(W·x + b) over sparse features.
/// Scoring by hand lets both models share one featurization and keeps prediction free of shared state.
/// </summary>
internal sealed class LinearModel
{
    private readonly string[] labels;
    private readonly float[] biases;

    // Feature-major so that one non-zero feature touches one contiguous run of class weights.
    private readonly float[] weights;

    public LinearModel(MaximumEntropyModelParameters parameters, string[] labels)
    {
        VBuffer<float>[] classWeights = [];
        parameters.GetWeights(ref classWeights, out var classes);
        if (classes != labels.Length)
        {
            throw new InvalidOperationException($"The model has {classes} classes for {labels.Length} labels.");
        }

        this.labels = labels;
        biases = [.. parameters.GetBiases()];
        var dimension = classWeights[0].Length;
        weights = new float[dimension * classes];
        for (var c = 0; c < classes; c++)
        {
            var dense = classWeights[c].DenseValues().ToArray();
            for (var feature = 0; feature < dimension; feature++)
            {
                weights[feature * classes + c] = dense[feature];
            }
        }
    }

    public IReadOnlyList<string> Labels => labels;

    public int IndexOf(string label) => Array.IndexOf(labels, label);

    /// <summary>The probability of each label, in the order of <see cref="Labels"/>.</summary>
    public float[] Probabilities(in VBuffer<float> features)
    {
        var classes = labels.Length;
        var scores = (float[])biases.Clone();
        var values = features.GetValues();
        if (features.IsDense)
        {
            for (var feature = 0; feature < values.Length; feature++)
            {
                Add(scores, feature, values[feature], classes);
            }
        }
        else
        {
            var indices = features.GetIndices();
            for (var i = 0; i < values.Length; i++)
            {
                Add(scores, indices[i], values[i], classes);
            }
        }

        Softmax(scores);
        return scores;
    }

    private void Add(float[] scores, int feature, float value, int classes)
    {
        if (value == 0)
        {
            return;
        }

        var offset = feature * classes;
        for (var c = 0; c < classes; c++)
        {
            scores[c] += weights[offset + c] * value;
        }
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
}
