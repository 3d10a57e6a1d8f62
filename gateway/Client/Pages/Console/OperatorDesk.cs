using Ukc.Contracts;
using Ukc.Gateway.Client.Api;

namespace Ukc.Gateway.Client.Pages.Console;

/// <summary>What the console shows of one operator, read again from the API whenever their stream says something changed.</summary>
public sealed class OperatorDesk(OperatorsClient operators, AppealsClient appeals)
{
    public OperatorState? State { get; private set; }

    /// <summary>The appeal offered now, as routing and as Intake see it.</summary>
    public (RoutedAppeal Routing, AppealView Appeal)? Offer { get; private set; }

    /// <summary>The appeal in hand, and the earlier appeals of the same citizen, newest first.</summary>
    public (RoutedAppeal Routing, AppealView Appeal, IReadOnlyList<AppealView> Earlier)? InHand { get; private set; }

    public async Task RefreshAsync(string operatorId)
    {
        State = await operators.GetAsync(operatorId);
        Offer = State.OfferedAppeal is not null && await operators.OfferAsync(operatorId) is { } offered
            ? (offered, await appeals.GetAsync(offered.AppealId))
            : null;
        InHand = null;
        if (State.AssignedAppeal is not null && await operators.AssignmentAsync(operatorId) is { } held)
        {
            var appeal = await appeals.GetAsync(held.AppealId);
            InHand = (held, appeal, await EarlierAsync(appeal));
        }
    }

    public void Set(OperatorState state) => State = state;

    /// <summary>Whether the offer shown has lapsed by the clock, before the stream says so.</summary>
    public void DropLapsedOffer(DateTimeOffset now)
    {
        if (Offer?.Routing.OfferExpiresAt is { } expires && expires <= now)
        {
            Offer = null;
        }
    }

    private async Task<IReadOnlyList<AppealView>> EarlierAsync(AppealView appeal)
    {
        var earlier = new List<AppealView>();
        for (var previous = appeal.RepeatOf; previous is { } id && earlier.Count < 3; previous = earlier[^1].RepeatOf)
        {
            try
            {
                earlier.Add(await appeals.GetAsync(id));
            }
            catch (ApiProblem)
            {
                break; // archived or gone: what came before it is Reporting's
            }
        }

        return earlier;
    }
}
