using Ukc.Assignment.Domain;
using Ukc.Contracts;

namespace Assignment.Tests;

public class QueueOrderTests
{
    private static readonly DateTimeOffset Morning = new(2022, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_critical_appeal_comes_before_a_normal_one_that_waited_a_day()
    {
        var critical = QueueOrder.Score(Priorities.Critical, Morning.AddDays(1));
        var normal = QueueOrder.Score(Priorities.Normal, Morning);

        Assert.True(critical < normal);
    }

    [Fact]
    public void Within_a_priority_the_older_appeal_comes_first()
    {
        Assert.True(QueueOrder.Score(Priorities.High, Morning) < QueueOrder.Score(Priorities.High, Morning.AddMilliseconds(1)));
    }

    [Fact]
    public void The_queue_name_is_the_same_whatever_the_order_of_skills()
    {
        Assert.Equal(
            QueueOrder.QueueName(["uk", Categories.Medical, Skills.PsychologicalFirstAid]),
            QueueOrder.QueueName([Skills.PsychologicalFirstAid, "uk", Categories.Medical, "uk"]));
    }
}
