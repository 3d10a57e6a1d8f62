using Ukc.Contracts;

namespace Ukc.Gateway.Citizens;

/// <summary>The citizen's form as posted: strings and checkboxes, the callback window in Kyiv time.</summary>
public sealed class AppealForm
{
    public string? Text { get; set; }

    public string? Region { get; set; }

    public string? Name { get; set; }

    public string? Phone { get; set; }

    public bool Consent { get; set; }

    public bool CallMeBack { get; set; }

    public DateOnly? CallbackDate { get; set; }

    public TimeOnly? CallbackFrom { get; set; }

    public TimeOnly? CallbackTo { get; set; }

    /// <summary>One per rendered form, so that sending it twice files one appeal.</summary>
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");

    public AppealSubmission ToSubmission(string language)
    {
        var callback = CallMeBack && CallbackDate is { } day;
        return new AppealSubmission(
            Text, callback ? Channels.Callback : Channels.Web, Blank(Name), Blank(Phone), Blank(Region), language,
            Consent ? true : null,
            callback && CallbackFrom is { } from ? KyivTime.Instant(CallbackDate!.Value.ToDateTime(from)) : null,
            callback && CallbackTo is { } to ? KyivTime.Instant(CallbackDate!.Value.ToDateTime(to)) : null);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
