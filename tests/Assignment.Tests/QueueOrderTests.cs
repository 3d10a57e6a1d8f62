using Ukc.Assignment.Domain;
using Ukc.Contracts;

namespace Assignment.Tests;

public class QueueOrderTests
{
    private static readonly DateTimeOffset Morning = new(2022, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_critical_appeal_comes_before_a_normal_one_that_waited_less_than_two_aging_steps()
    {
        var critical = QueueOrder.Score(Priorities.Critical, Morning.AddMinutes(19), TimeSpan.FromMinutes(10));
        var normal = QueueOrder.Score(Priorities.Normal, Morning, TimeSpan.FromMinutes(10));

        Assert.True(critical < normal);
    }

    [Fact]
    public void Within_a_priority_the_older_appeal_comes_first()
    {
        Assert.True(QueueOrder.Score(Priorities.High, Morning, TimeSpan.FromMinutes(10)) < QueueOrder.Score(Priorities.High, Morning.AddMilliseconds(1), TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void The_queue_name_is_the_same_whatever_the_order_of_skills()
    {
        Assert.Equal(
            QueueOrder.QueueName(["uk", Categories.Medical, Skills.PsychologicalFirstAid]),
            QueueOrder.QueueName([Skills.PsychologicalFirstAid, "uk", Categories.Medical, "uk"]));
    }
}
