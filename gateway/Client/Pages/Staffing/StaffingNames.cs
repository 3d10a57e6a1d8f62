using System.Globalization;
using Microsoft.Extensions.Localization;
using Ukc.Contracts;

namespace Ukc.Gateway.Client.Pages.Staffing;

/// <summary>The names of the staffing desk's ids: skills (categories, languages, first aid), alert kinds and shift days.</summary>
public sealed class StaffingNames(Names names, IStringLocalizer<StaffingNames> text)
{
    public string Skill(string id) =>
        Categories.All.Contains(id) ? names.Category(id)
        : Languages.All.Contains(id) ? names.Language(id)
        : Of($"skill.{id}", id);

    public string AlertKind(string? id) => id is null ? "—" : Of($"alert.{id}", id);

    /// <summary>A shift day (<c>monday</c>) in the person's language, from the culture's own day names.</summary>
    public static string Day(string id) =>
        ShiftDays.All.ToList().IndexOf(id) is >= 0 and var index
            ? CultureInfo.CurrentCulture.DateTimeFormat.GetDayName((DayOfWeek)((index + 1) % 7))
            : id;

    private string Of(string key, string id) => text[key] is { ResourceNotFound: false } found ? found.Value : id;
}
