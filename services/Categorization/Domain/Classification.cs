namespace Ukc.Categorization.Domain;

/// <summary>What Categorization reads from an appeal's text.</summary>
public sealed record Classification(
    string Category,
    string Priority,
    int Distress,
    string Language,
    IReadOnlyList<string> Skills,
    double Confidence,
    bool NeedsReview);
