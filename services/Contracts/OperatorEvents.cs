namespace Ukc.Contracts;

/// <summary>An operator's presence changed: <c>available</c>, <c>busy</c>, <c>wrap_up</c>, <c>break</c>, <c>offline</c>, <c>shelter</c>.</summary>
public sealed record OperatorPresenceChanged(
    string OperatorId,
    string Previous,
    string Current,
    string Reason,
    DateTimeOffset ChangedAt);

/// <summary>A skill of an operator: a category id, a language (<c>uk</c>, <c>ru</c>, <c>en</c>) or <c>psych_first_aid</c>, at proficiency 1–3.</summary>
public sealed record OperatorSkill(string Skill, int Proficiency);

/// <summary>Staffing added, changed or removed an operator on the roster.</summary>
public sealed record OperatorRosterChanged(
    string OperatorId,
    string Name,
    IReadOnlyList<OperatorSkill> Skills,
    string Region,
    bool ShelteredWorkplace,
    bool Removed,
    DateTimeOffset ChangedAt);

/// <summary>An air-raid alert or power outage began or ended in some oblasts.</summary>
/// <param name="Kind"><c>air_raid</c> or <c>power_outage</c>.</param>
public sealed record RegionalAlertChanged(
    Guid AlertId,
    string Kind,
    IReadOnlyList<string> Regions,
    bool Active,
    DateTimeOffset ChangedAt);
