using Ukc.Contracts;
using Ukc.ServiceDefaults;
using Ukc.Staffing.Domain;

namespace Staffing.Tests;

public class ShiftTests
{
    private static Operator With(params Shift[] shifts) => new("op-001", "Олена Коваленко", "kyiv_city", false, [], shifts);

    [Fact]
    public void An_overnight_shift_runs_into_the_next_day()
    {
        var night = With(new Shift("sunday", "22:00", "06:00", 30));

        Assert.Single(Schedule.OnShift([night], new DateTime(2026, 11, 30, 3, 0, 0)));
        Assert.Single(Schedule.OnShift([night], new DateTime(2026, 11, 29, 23, 0, 0)));
        Assert.Empty(Schedule.OnShift([night], new DateTime(2026, 11, 30, 6, 0, 0)));
        Assert.Empty(Schedule.OnShift([night], new DateTime(2026, 11, 30, 21, 0, 0)));
    }

    [Fact]
    public void Breaks_count_as_shrinkage_spread_over_the_shift()
    {
        var day = With(new Shift("monday", "08:00", "16:00", 30));

        var hour = Schedule.ForHour(new DateTime(2026, 11, 30, 9, 0, 0), [day]);

        Assert.Equal(1, hour.Scheduled, 1e-9);
        Assert.Equal(30.0 / 480, hour.Shrinkage, 1e-9);
    }

    [Fact]
    public void A_shift_starting_on_the_half_hour_covers_half_of_its_first_hour()
    {
        var op = With(new Shift("monday", "08:30", "16:30", 0));

        Assert.Equal(0.5, Schedule.ForHour(new DateTime(2026, 11, 30, 8, 0, 0), [op]).Scheduled, 1e-9);
    }

    [Theory]
    [InlineData("someday", "08:00", "16:00", 30)]
    [InlineData("monday", "8", "16:00", 30)]
    [InlineData("monday", "08:00", "08:00", 30)]
    [InlineData("monday", "08:00", "09:00", 60)]
    public void Impossible_shifts_are_refused(string day, string start, string end, int breakMinutes)
    {
        Assert.NotNull(ShiftPattern.Problem(new Shift(day, start, end, breakMinutes)));
    }

    [Fact]
    public void A_shift_to_midnight_can_end_at_24_00()
    {
        Assert.Equal(TimeSpan.FromHours(8), ShiftPattern.Length(new Shift("friday", "16:00", "24:00", 30)));
    }

    [Fact]
    public void Shift_times_are_Kyiv_wall_clock_time()
    {
        // 06:00 UTC in winter is 08:00 in Kyiv (UTC+2).
        var kyiv = KyivTime.Local(new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTime(2026, 11, 30, 8, 0, 0), kyiv);
    }
}

public class KyivTimeTests
{
    [Fact]
    public void Without_a_time_zone_database_Kyiv_time_keeps_the_same_offsets()
    {
        var fallback = KyivTime.Fallback();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var hour = 0; hour < 24 * 366; hour += 1)
        {
            var instant = start.AddHours(hour);
            Assert.Equal(KyivTime.Zone.GetUtcOffset(instant), fallback.GetUtcOffset(instant));
        }
    }
}
