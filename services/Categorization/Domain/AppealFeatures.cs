using System.Text;
using Microsoft.ML.Data;

namespace Ukc.Categorization.Domain;

/// <summary>
/// The appeal's text as a sparse vector of hashed features in five groups: character tri- and four-grams (they carry
/// the stems of inflected Ukrainian and Russian words without a stemmer per language), word uni- and bigrams, words cut
/// to their first five letters (uni- and bigrams), and the topics of <see cref="TopicLexicon"/>. A feature seen n times
/// weighs 1 + ln n, so a word repeated in a long appeal does not drown the rest, times its rarity in the training
/// appeals, so that words every appeal uses count for less; the whole vector has unit length.
/// </summary>
/// <remarks>
/// Written by hand rather than with ML.NET's text transforms: through its prediction engine, featurizing took about
/// 300 µs an appeal on the development machine, which alone would keep the service under 5,000 classifications a
/// second on one core. This takes tens of µs, allocates little and holds no mutable state, so any number of threads
/// can classify at once.
/// </remarks>
public sealed class AppealFeatures
{
    public const int Bits = 17;
    public const int Dimension = 1 << Bits;
    private const int StemLength = 5;

    private enum Group : uint
    {
        CharTrigram = 0x9E3779B1,
        CharFourgram = 0x165667B1,
        Word = 0x85EBCA77,
        Stem = 0xC2B2AE3D,
        Topic = 0x27D4EB2F,
    }

    /// <summary>Per hashed feature, sqrt(1 + ln((n + 1) / (df + 1))) over the n training appeals, df of which hold it.</summary>
    /// <remarks>The square root softens plain inverse document frequency, which read worse in cross-validation.</remarks>
    private readonly float[] rarity;

    private AppealFeatures(float[] rarity) => this.rarity = rarity;

    /// <summary>Learns how rare each feature is in the training appeals, and returns their vectors with it.</summary>
    public static (AppealFeatures Features, VBuffer<float>[] Vectors) Fit(IReadOnlyList<string> texts)
    {
        var hashes = texts.AsParallel().AsOrdered().Select(text => Hashes(AppealText.ForReading(text))).ToArray();
        var documentFrequency = new int[Dimension];
        foreach (var text in hashes)
        {
            foreach (var hash in text.Distinct())
            {
                documentFrequency[hash]++;
            }
        }

        var features = new AppealFeatures([.. documentFrequency
            .Select(frequency => MathF.Sqrt(1 + MathF.Log((texts.Count + 1f) / (frequency + 1f))))]);
        return (features, hashes.AsParallel().AsOrdered().Select(features.Weigh).ToArray());
    }

    /// <param name="lower">The text as <see cref="AppealText.ForReading"/> gives it.</param>
    public VBuffer<float> Extract(string lower) => Weigh(Hashes(lower));

    private static List<int> Hashes(string lower)
    {
        var words = Words(lower);
        var hashes = new List<int>(lower.Length * 5);
        CharNGrams(words, 3, Group.CharTrigram, hashes);
        CharNGrams(words, 4, Group.CharFourgram, hashes);
        UniAndBigrams(words, Group.Word, int.MaxValue, hashes);
        UniAndBigrams(words, Group.Stem, StemLength, hashes);
        foreach (var topic in TopicLexicon.Topics(lower, words))
        {
            hashes.Add(Hash(Group.Topic, topic));
        }

        return hashes;
    }

    private static List<string> Words(string lower)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in lower)
        {
            if (char.IsLetterOrDigit(c) || (c == '\'' && word.Length > 0))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static void CharNGrams(List<string> words, int n, Group group, List<int> hashes)
    {
        var text = " " + string.Join(' ', words) + " ";
        for (var i = 0; i + n <= text.Length; i++)
        {
            hashes.Add(Hash(group, text.AsSpan(i, n)));
        }
    }

    private static void UniAndBigrams(List<string> words, Group group, int maxLength, List<int> hashes)
    {
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var word in words)
        {
            var form = word.AsSpan(0, Math.Min(word.Length, maxLength));
            hashes.Add(Hash(group, form));
            if (!previous.IsEmpty)
            {
                hashes.Add(Hash(group, previous, form));
            }

            previous = form;
        }
    }

    /// <summary>One feature per distinct hash, weighted (1 + ln(count)) times its rarity, the vector scaled to unit length.</summary>
    private VBuffer<float> Weigh(List<int> hashes)
    {
        hashes.Sort();
        var indices = new List<int>(hashes.Count);
        var values = new List<float>(hashes.Count);
        var sumOfSquares = 0f;
        for (var start = 0; start < hashes.Count;)
        {
            var end = start;
            while (end < hashes.Count && hashes[end] == hashes[start])
            {
                end++;
            }

            var value = (1 + MathF.Log(end - start)) * rarity[hashes[start]];
            indices.Add(hashes[start]);
            values.Add(value);
            sumOfSquares += value * value;
            start = end;
        }

        var norm = MathF.Sqrt(sumOfSquares);
        for (var i = 0; i < values.Count; i++)
        {
            values[i] /= norm;
        }

        return new VBuffer<float>(Dimension, indices.Count, [.. values], [.. indices]);
    }

    /// <summary>FNV-1a over the characters, seeded per group so that a word and a trigram never share a slot by design.</summary>
    private static int Hash(Group group, ReadOnlySpan<char> value) => Hash(group, ReadOnlySpan<char>.Empty, value);

    /// <summary>The hash of two words with a space between them, without joining them into a string.</summary>
    private static int Hash(Group group, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = 2166136261u ^ (uint)group;
        if (!first.IsEmpty)
        {
            foreach (var c in first)
            {
                hash = (hash ^ c) * 16777619u;
            }

            hash = (hash ^ ' ') * 16777619u;
        }

        foreach (var c in second)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & (Dimension - 1));
    }
}
