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

public static class AlertKinds
{
    public const string AirRaid = "air_raid";
    public const string PowerOutage = "power_outage";

    public static readonly IReadOnlyList<string> All = [AirRaid, PowerOutage];
}

/// <summary>
/// An alert beginning (<see cref="Active"/> true) or ending. An end names the alert by id, or by kind and
/// regions: it ends every active alert of that kind in any of them.
/// </summary>
public sealed record AlertChange(string? Kind, IReadOnlyList<string>? Regions, bool Active, Guid? AlertId = null) : IRequestBody
{
    public static string InvalidTitle => "The alert is not valid.";

    public Dictionary<string, string[]>? Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Active || AlertId is null)
        {
            if (Kind is null || !AlertKinds.All.Contains(Kind))
            {
                errors["kind"] = [$"Kind '{Kind}' is not one of {string.Join(", ", AlertKinds.All)}."];
            }

            if (Regions is null || Regions.Count == 0)
            {
                errors["regions"] = ["Name the oblasts the alert is in, by region id."];
            }
            else if (Regions.Where(r => !Ukc.Contracts.Regions.All.Contains(r)).ToList() is { Count: > 0 } unknown)
            {
                errors["regions"] = [$"Not region ids: {string.Join(", ", unknown)}. Known regions: {string.Join(", ", Ukc.Contracts.Regions.All)}."];
            }
        }

        return errors.Count == 0 ? null : errors;
    }
}
