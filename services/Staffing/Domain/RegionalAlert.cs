using Ukc.Contracts;

namespace Ukc.Staffing.Domain;

/// <summary>An air-raid alert or power outage in force in some oblasts.</summary>
/// <param name="Source">Where the alert came from: <c>http</c> for a supervisor, or the name of an alert feed.</param>
public sealed record RegionalAlert(Guid Id, string Kind, IReadOnlyList<string> Regions, DateTimeOffset StartedAt, string Source)
{
    public RegionalAlertChanged Started() => new(Id, Kind, Regions, Active: true, StartedAt);

    public RegionalAlertChanged Ended(DateTimeOffset at) => new(Id, Kind, Regions, Active: false, at);

    /// <summary>
    /// Operators in the alert's regions stop answering (to the shelter, or without power) unless their
    /// workplace is sheltered with backup power.
    /// </summary>
    public bool Stops(Operator op) => !op.ShelteredWorkplace && Regions.Contains(op.Region);
}
