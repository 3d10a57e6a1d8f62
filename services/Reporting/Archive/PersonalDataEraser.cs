using Microsoft.Extensions.Options;
using Npgsql;

namespace Ukc.Reporting.Archive;

/// <summary>
/// Erases the citizen's name, phone and text from the history once an appeal is older than
/// <c>Reporting:PersonalDataRetention</c>: from the appeal row and from the stored event itself, so that a rebuild
/// cannot bring them back. Every figure stays. The one change the event table ever sees.
/// </summary>
public sealed class PersonalDataEraser(NpgsqlDataSource database, IOptions<ReportingOptions> options, TimeProvider time, ILogger<PersonalDataEraser> logger)
    : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    /// <returns>How many appeals lost their personal data.</returns>
    public async Task<int> EraseAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var command = database.CreateCommand("""
            WITH erased AS (
                UPDATE reporting.events
                SET payload = (payload - 'text' - 'name' - 'phone') || jsonb_build_object('personalDataErasedAt', @now)
                WHERE type = 'AppealReceived' AND occurred_at < @before AND NOT payload ? 'personalDataErasedAt'
                RETURNING appeal_id)
            UPDATE reporting.appeals a SET text = NULL, name = NULL, phone = NULL, personal_data_erased_at = @now
            FROM erased WHERE a.appeal_id = erased.appeal_id
            """);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("before", now - options.Value.PersonalDataRetention);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        do
        {
            try
            {
                var erased = await EraseAsync(stoppingToken);
                if (erased > 0)
                {
                    logger.LogInformation("Erased the personal data of {Count} appeals older than {Retention}", erased, options.Value.PersonalDataRetention);
                }
            }
            catch (NpgsqlException exception)
            {
                logger.LogWarning(exception, "Personal data could not be erased now; tried again in {Every}", Every);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
