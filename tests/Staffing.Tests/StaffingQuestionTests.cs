using Ukc.Contracts;
using Ukc.Staffing.Domain;

namespace Staffing.Tests;

public class StaffingQuestionTests
{
    [Theory]
    [InlineData(0, 300, 0.8, 20, 0, "arrivalsPerHour")]
    [InlineData(-5, 300, 0.8, 20, 0, "arrivalsPerHour")]
    [InlineData(100, 0, 0.8, 20, 0, "ahtSeconds")]
    [InlineData(100, 300, 1.0, 20, 0, "targetServiceLevel")]
    [InlineData(100, 300, 0, 20, 0, "targetServiceLevel")]
    [InlineData(100, 300, 0.8, -1, 0, "answerSeconds")]
    [InlineData(100, 300, 0.8, 20, 1, "shrinkage")]
    [InlineData(100, 300, 0.8, 7200, 0, "answerSeconds")]
    public void Questions_without_an_answer_say_which_field_and_why(double arrivals, double aht, double target, double answer, double shrinkage, string field)
    {
        var errors = new StaffingQuestion(arrivals, aht, target, answer, shrinkage).Validate();

        Assert.NotNull(errors);
        Assert.Contains(field, errors.Keys);
    }

    [Fact]
    public void Traffic_at_or_above_the_operators_has_no_finite_answer()
    {
        // 120 calls an hour of 300 s is 10 erlangs.
        var errors = new StaffingQuestion(120, 300, Operators: 10).Validate();

        var message = Assert.Single(errors!["operators"]);
        Assert.Contains("No finite answer", message, StringComparison.Ordinal);
        Assert.Contains("10 erlangs", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Erlang_A_says_when_traffic_is_beyond_what_it_computes()
    {
        var errors = new StaffingQuestion(1_000_000, 300, PatienceSeconds: 60).Validate();

        Assert.Contains("Erlang C", Assert.Single(errors!["patienceSeconds"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_operators_are_refused()
    {
        Assert.Contains("operators", new StaffingQuestion(120, 300, Operators: 0).Validate()!.Keys);
    }

    [Fact]
    public void With_patience_the_answer_comes_from_Erlang_A_even_when_overloaded()
    {
        var question = new StaffingQuestion(120, 300, Operators: 8, PatienceSeconds: 90);

        Assert.Null(question.Validate());
        var answer = question.Answer();
        Assert.Equal("erlang_a", answer.Model);
        Assert.NotNull(answer.Abandonment);
    }

    [Fact]
    public void Scheduled_operators_cover_shrinkage()
    {
        Assert.Equal(20, StaffingQuestion.Scheduled(14, 0.3));
        Assert.Equal(10, StaffingQuestion.Scheduled(10, 0));
        Assert.Equal(0, StaffingQuestion.Scheduled(0, 0.3));
    }
}
