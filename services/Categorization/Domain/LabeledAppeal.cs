namespace Ukc.Categorization.Domain;

/// <summary>One appeal of the corpus with the labels a trained operator gave it.</summary>
/// <param name="Split"><c>train</c> or <c>test</c>: the held-out part is fixed in the data, never drawn at random.</param>
/// <param name="Style">How it is written (<see cref="Styles"/>), for the appeals written since styles were recorded.</param>
public sealed record LabeledAppeal(string Id, string Text, string Category, string Priority, string Language, string Split, string? Style = null)
{
    public const string TrainSplit = "train";
    public const string TestSplit = "test";

    /// <summary>Plain writing, Latin letters, surzhyk, heavy typos, a voice transcript, a message of a few words.</summary>
    public static readonly IReadOnlyList<string> Styles = ["plain", "latin", "surzhyk", "typos", "transcript", "short"];
}
