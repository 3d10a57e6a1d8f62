using Ukc.Categorization.Domain;

namespace Categorization.Tests;

/// <summary>One classifier trained on the corpus's training split, shared by every test that needs it.</summary>
public sealed class TrainedClassifier
{
    public AppealClassifier Classifier { get; } = AppealClassifier.TrainOnCorpus();
}

[CollectionDefinition(Name)]
public sealed class TrainedClassifierCollection : ICollectionFixture<TrainedClassifier>
{
    public const string Name = "Trained classifier";
}
