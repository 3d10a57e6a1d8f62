using System.Text.Json;
using StackExchange.Redis;
using Ukc.Contracts;

namespace Ukc.Categorization.Infrastructure;

/// <summary>Operators' corrections of the classifier, kept to grow the corpus.</summary>
public sealed class FeedbackStore(IConnectionMultiplexer redis)
{
    /// <summary>Stores the correction once: the same appeal corrected to the same category again changes nothing.</summary>
    /// <returns>Whether the correction was new.</returns>
    public Task<bool> AddAsync(CategoryCorrected correction) =>
        redis.GetDatabase().HashSetAsync(
            RedisKeys.Corrections,
            RedisKeys.Correction(correction.AppealId, correction.CorrectedCategory),
            JsonSerializer.Serialize(Feedback.From(correction), UkcJson.Options),
            When.NotExists);

    /// <summary>Every correction as one JSON object per line, oldest first.</summary>
    public async Task<IReadOnlyList<string>> ExportAsync()
    {
        var entries = new List<Feedback>();
        await foreach (var entry in redis.GetDatabase().HashScanAsync(RedisKeys.Corrections, pageSize: 500))
        {
            entries.Add(JsonSerializer.Deserialize<Feedback>(entry.Value.ToString(), UkcJson.Options)!);
        }

        return [.. entries.OrderBy(feedback => feedback.CorrectedAt).ThenBy(feedback => feedback.AppealId)
            .Select(feedback => JsonSerializer.Serialize(feedback, UkcJson.Options))];
    }

    public sealed record Feedback(Guid AppealId, string PreviousCategory, string CorrectedCategory, string OperatorId, DateTimeOffset CorrectedAt)
    {
        public static Feedback From(CategoryCorrected correction) =>
            new(correction.AppealId, correction.PreviousCategory, correction.CorrectedCategory, correction.OperatorId, correction.CorrectedAt);
    }
}
