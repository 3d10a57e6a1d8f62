using System.Security.Claims;
using Ukc.Contracts;
using Ukc.Intake.Domain;
using Ukc.ServiceDefaults.Auth;

namespace Ukc.Intake.Apis;

/// <summary>
/// What of an appeal one caller may see. The phone number and name are in clear only for supervisors and for the
/// operator it is offered to or held by; the text is hidden from other operators, in lists and alone.
/// </summary>
public static class AppealViewing
{
    extension(AppealView)
    {
        public static AppealView For(Appeal appeal, IReadOnlyList<TimelineEntry> timeline, ClaimsPrincipal caller)
        {
            var operatorId = appeal.Facts.GetValueOrDefault("operatorId");
            var inClear = caller.IsSupervisor() || (operatorId is not null && caller.OperatorId() == operatorId);
            var textShown = inClear || caller.OperatorId() is null;
            return From(appeal, timeline, inClear, textShown);
        }

        public static AppealView InList(Appeal appeal, ClaimsPrincipal caller) =>
            From(appeal, timeline: null, inClear: caller.IsSupervisor(), textShown: caller.IsSupervisor());

        private static AppealView From(Appeal appeal, IReadOnlyList<TimelineEntry>? timeline, bool inClear, bool textShown)
        {
            var details = appeal.Details;
            return new(
                appeal.Id, appeal.Status, details.Channel, textShown ? details.Text : null, details.Region, details.PreferredLanguage,
                inClear || details.Name is null ? details.Name : PersonalData.MaskName(details.Name),
                inClear || details.Phone is null ? details.Phone : PersonalData.MaskPhone(details.Phone),
                details.Callback?.From, details.Callback?.To, appeal.RepeatOf,
                appeal.Facts.GetValueOrDefault("category"), appeal.Facts.GetValueOrDefault("priority"), appeal.Facts.GetValueOrDefault("operatorId"),
                appeal.Facts, appeal.ReceivedAt, appeal.UpdatedAt, timeline);
        }
    }
}
