using Ukc.Contracts;
using Ukc.Staffing.Domain;

namespace Staffing.Tests;

public class RosterTests
{
    private static readonly Shift[] DayShift = [new("monday", "08:00", "16:00", 30)];

    [Fact]
    public void A_new_operator_starts_with_the_modules_completed_at_proficiency_one()
    {
        var submission = new OperatorSubmission(null, "Тарас Мороз", "lviv", CompletedModules: ["evacuation", "uk"], Skills: [new OperatorSkill("ru", 3)]);

        Assert.Null(submission.Validate("op-046", out var op));
        Assert.Equal("op-046", op!.Id);
        Assert.Equal([new OperatorSkill("evacuation", 1), new OperatorSkill("uk", 1), new OperatorSkill("ru", 3)], op.Skills);
    }

    [Fact]
    public void Completing_a_module_adds_its_skill_and_never_lowers_one()
    {
        var op = new Operator("op-001", "Олена", "kyiv_city", false, [new OperatorSkill("medical", 3)], DayShift);

        var trained = op.CompleteModule("psych_first_aid", 1).CompleteModule("medical", 1);

        Assert.Contains(new OperatorSkill("psych_first_aid", 1), trained.Skills);
        Assert.Contains(new OperatorSkill("medical", 3), trained.Skills);
    }

    [Fact]
    public void Unknown_skills_regions_and_proficiencies_are_named()
    {
        var submission = new OperatorSubmission("op-001", "", "atlantis", Skills: [new OperatorSkill("juggling", 2), new OperatorSkill("uk", 4)]);

        var errors = submission.Validate("", out _);

        Assert.NotNull(errors);
        Assert.Contains("name", errors.Keys);
        Assert.Contains("region", errors.Keys);
        Assert.Contains("skills[0].skill", errors.Keys);
        Assert.Contains("skills[1].proficiency", errors.Keys);
    }

    [Fact]
    public void An_air_raid_stops_operators_in_its_oblasts_without_a_sheltered_workplace()
    {
        var kyiv = new Operator("op-001", "Олена", "kyiv_city", false, [], DayShift);
        var kyivSheltered = kyiv with { Id = "op-002", ShelteredWorkplace = true };
        var lviv = kyiv with { Id = "op-003", Region = "lviv" };
        var alert = new RegionalAlert(Guid.NewGuid(), AlertKinds.AirRaid, ["kyiv_city", "kyiv"], DateTimeOffset.UnixEpoch, "http");

        Assert.True(alert.Stops(kyiv));
        Assert.False(alert.Stops(kyivSheltered));
        Assert.False(alert.Stops(lviv));
    }

    [Fact]
    public void An_alert_shows_as_capacity_lost_in_the_hours_not_yet_over()
    {
        var operators = new[]
        {
            new Operator("op-001", "Олена", "kyiv_city", false, [], DayShift),
            new Operator("op-002", "Андрій", "kyiv_city", true, [], DayShift),
        };
        var alert = new RegionalAlert(Guid.NewGuid(), AlertKinds.PowerOutage, ["kyiv_city"], DateTimeOffset.UnixEpoch, "http");
        var monday = new DateOnly(2026, 11, 30);
        var forecast = new double[24];

        var plan = StaffingPlan.ForDay(monday, forecast, operators, [alert], new DateTime(2026, 11, 30, 12, 30, 0), new PlanTargets(300, 0.8, 20, 0.0625));

        Assert.Equal(0, plan[11].CapacityLost);
        Assert.Equal(1, plan[12].CapacityLost);
        Assert.Equal(1, plan[12].OperatorsAvailable);
        Assert.Equal(2, plan[12].OperatorsScheduled);
    }

    [Fact]
    public void An_alert_needs_a_known_kind_and_oblasts()
    {
        var errors = new AlertChange("earthquake", ["narnia"], Active: true).Validate();

        Assert.Contains("kind", errors!.Keys);
        Assert.Contains("regions", errors.Keys);
        Assert.Null(new AlertChange(null, null, Active: false, AlertId: Guid.NewGuid()).Validate());
    }
}
