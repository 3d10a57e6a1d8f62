using Ukc.Contracts;
using Ukc.Staffing.Domain;

namespace Staffing.Tests;

public class RosterCsvTests
{
    private static readonly Operator Olena = new(
        "op-001", "Олена Коваленко", "kyiv_city", true,
        [new OperatorSkill("evacuation", 3), new OperatorSkill("uk", 3), new OperatorSkill("psych_first_aid", 2)],
        [new Shift("monday", "08:00", "16:00", 30), new Shift("sunday", "22:00", "06:00", 45)]);

    private static readonly Operator WithComma = new(
        "op-002", "Гнатюк, \"Василь\"", "lviv", false, [new OperatorSkill("ru", 1)], []);

    [Fact]
    public void Round_trips_operators_with_Ukrainian_names_quotes_and_overnight_shifts()
    {
        var csv = RosterCsv.Write([Olena, WithComma]);
        var (operators, errors) = RosterCsv.Read(csv);

        Assert.Null(errors);
        Assert.Equal(2, operators.Count);
        Assert.Equal(Olena.Name, operators[0].Name);
        Assert.Equal(Olena.Skills, operators[0].Skills);
        Assert.Equal(Olena.Shifts, operators[0].Shifts);
        Assert.True(operators[0].ShelteredWorkplace);
        Assert.Equal(WithComma.Name, operators[1].Name);
        Assert.Equal(csv, RosterCsv.Write(operators));
    }

    [Fact]
    public void Starts_with_the_documented_header()
    {
        Assert.StartsWith("id,name,region,sheltered_workplace,skills,shifts\n", RosterCsv.Write([Olena]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_line_is_named_and_nothing_is_read()
    {
        var csv = RosterCsv.Header + "\n" +
            "op-001,Олена Коваленко,kyiv_city,false,evacuation:2;uk:3,monday 08:00-16:00/30\n" +
            "op-002,Андрій Шевченко,atlantis,false,evacuation:5,monday 08:00-16:00/30\n";

        var (operators, errors) = RosterCsv.Read(csv);

        Assert.Empty(operators);
        Assert.NotNull(errors);
        var problems = Assert.Single(errors).Value;
        Assert.Contains(problems, p => p.Contains("atlantis", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Proficiency", StringComparison.Ordinal));
        Assert.Equal("line 3", errors.Keys.Single());
    }

    [Fact]
    public void A_wrong_header_is_refused()
    {
        var (operators, errors) = RosterCsv.Read("name,id\nОлена,op-001\n");

        Assert.Empty(operators);
        Assert.Contains("line 1", errors!.Keys);
    }

    [Fact]
    public void The_same_id_twice_is_refused()
    {
        var line = "op-001,Олена Коваленко,kyiv_city,false,uk:3,\n";
        var (_, errors) = RosterCsv.Read(RosterCsv.Header + "\n" + line + line);

        Assert.Equal("line 3", errors!.Keys.Single());
    }

    [Fact]
    public void The_shipped_roster_has_45_valid_operators_covering_every_hour_of_the_week()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "roster-seed.csv");
        var (operators, errors) = RosterCsv.Read(File.ReadAllText(path));

        Assert.Null(errors);
        Assert.Equal(45, operators.Count);
        Assert.All(Categories.All, category => Assert.Contains(operators, o => o.Skills.Any(s => s.Skill == category)));
        Assert.Contains(operators, o => o.Skills.Any(s => s.Skill == Skills.PsychologicalFirstAid));
        Assert.Contains(operators, o => o.ShelteredWorkplace);
        var monday = new DateOnly(2026, 11, 30);
        for (var day = 0; day < 7; day++)
        {
            foreach (var hour in Schedule.ForDay(monday.AddDays(day), operators))
            {
                Assert.True(hour.Scheduled >= 3, $"{hour.Hour} has {hour.Scheduled} operators");
            }
        }
    }
}
