namespace Ukc.Categorization.Domain;

/// <summary>One appeal of the corpus with the labels a trained operator gave it.</summary>
/// <param name="Split"><c>train</c> or <c>test</c>: the held-out part is fixed in the data, never drawn at random.</param>
public sealed record LabeledAppeal(string Id, string Text, string Category, string Priority, string Language, string Split)
{
    public const string TrainSplit = "train";
    public const string TestSplit = "test";
}
