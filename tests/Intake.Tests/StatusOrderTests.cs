using Ukc.Contracts;
using Ukc.Intake.Domain;

namespace Intake.Tests;

public class StatusOrderTests
{
    [Fact]
    public void Statuses_rank_in_the_order_an_appeal_passes_through_them()
    {
        string[] path = [AppealStatuses.Received, AppealStatuses.Categorized, AppealStatuses.Queued, AppealStatuses.Offered, AppealStatuses.Assigned, AppealStatuses.Resolved];

        var ranks = path.Select(StatusOrder.Rank).ToArray();

        Assert.Equal(ranks.Order(), ranks);
        Assert.Equal(ranks.Length, ranks.Distinct().Count());
    }

    [Fact]
    public void An_unknown_status_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusOrder.Rank("lost"));
    }
}
