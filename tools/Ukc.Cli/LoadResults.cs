using System.Collections.Concurrent;
using System.Net;

namespace Ukc.Cli;

/// <summary>What the front door of a load run saw: each accepted appeal with the moment it was due, and every error.</summary>
public sealed class LoadResults
{
    private readonly ConcurrentQueue<FiledAppeal> accepted = [];
    private readonly ConcurrentDictionary<string, int> errors = new();
    private int dropped;
    private int sent;

    public IReadOnlyCollection<FiledAppeal> Accepted => accepted;

    public IReadOnlyDictionary<string, int> Errors => errors;

    public int Sent => sent;

    public int ErrorCount => errors.Values.Sum();

    /// <summary>The client could not keep up with the planned rate; counted, never hidden.</summary>
    public int Dropped => dropped;

    public void Sending() => Interlocked.Increment(ref sent);

    public void Answered(HttpStatusCode status, FiledAppeal? appeal)
    {
        if (status == HttpStatusCode.Accepted && appeal is not null)
        {
            accepted.Enqueue(appeal);
        }
        else
        {
            errors.AddOrUpdate($"HTTP {(int)status}", 1, (_, n) => n + 1);
        }
    }

    public void Failed(string reason) => errors.AddOrUpdate(reason, 1, (_, n) => n + 1);

    public void CouldNotSend() => Interlocked.Increment(ref dropped);
}

/// <param name="Due">When the appeal was due to be sent, on the tool's clock.</param>
/// <param name="Answered">When its <c>202</c> came back.</param>
public sealed record FiledAppeal(Guid Id, DateTimeOffset Due, DateTimeOffset Answered);
