using Ukc.Contracts;
using System.Globalization;
using Ukc.Staffing.Domain;

namespace Ukc.Staffing.Apis;

internal static class DayQuery
{
    /// <summary>A <c>yyyy-MM-dd</c> day, today in Kyiv when none is given.</summary>
    public static Dictionary<string, string[]>? Parse(string? text, TimeProvider time, out DateOnly day)
    {
        day = DateOnly.FromDateTime(KyivTime.Local(time.GetUtcNow()));
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
            ? null
            : new() { ["date"] = [$"'{text}' is not a day as yyyy-MM-dd."] };
    }
}
