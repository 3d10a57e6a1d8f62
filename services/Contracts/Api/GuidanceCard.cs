namespace Ukc.Contracts;

/// <summary>What the operator should ask and tell for a category, as HTML rendered from the repository's Markdown.</summary>
public sealed record GuidanceCard(string Category, string Language, string Html);
