namespace Ukc.Contracts;

/// <summary>What a citizen sends through the web form, the chat, or as a request to be called back.</summary>
public sealed record AppealSubmission(
    string? Text,
    string? Channel,
    string? Name,
    string? Phone,
    string? Region,
    string? PreferredLanguage,
    bool? Consent,
    DateTimeOffset? CallbackFrom,
    DateTimeOffset? CallbackTo) : IRequestBody
{
    public static string InvalidTitle => AppealFields.InvalidTitle;

    /// <summary>Checks every field; on success gives the appeal's details with the text trimmed and the phone in E.164.</summary>
    public Dictionary<string, string[]> Validate(DateTimeOffset now, out AppealDetails details)
    {
        var errors = new Dictionary<string, string[]>();
        var channel = Channel ?? Channels.Web;
        if (!Channels.All.Contains(channel))
        {
            errors["channel"] = [$"Unknown channel '{Channel}'. Known channels: {string.Join(", ", Channels.All)}."];
        }

        var phone = AppealFields.Phone(Phone, required: channel is Channels.Callback or Channels.Phone, errors);
        AppealFields.CheckConsent(Consent, Name, phone, errors);
        AppealFields.CheckRegion(Region, errors);
        AppealFields.CheckLanguage(PreferredLanguage, errors);
        var window = channel == Channels.Callback ? CallbackWindow(now, errors) : null;

        details = new AppealDetails(channel, AppealFields.Text(Text, "text", errors), Name?.Trim(), phone, Region, PreferredLanguage, window);
        return errors;
    }

    private CallbackWindow? CallbackWindow(DateTimeOffset now, Dictionary<string, string[]> errors)
    {
        if (CallbackFrom is not { } from || CallbackTo is not { } to)
        {
            errors["callbackFrom"] = ["A callback request needs the time window to call back in: callbackFrom and callbackTo."];
            return null;
        }

        if (to <= from)
        {
            errors["callbackTo"] = ["callbackTo must be after callbackFrom."];
        }
        else if (to <= now)
        {
            errors["callbackTo"] = ["The time window to call back in has already passed."];
        }

        return new CallbackWindow(from, to);
    }
}

/// <summary>A validated appeal's details, whichever channel it came through.</summary>
public sealed record AppealDetails(
    string Channel,
    string Text,
    string? Name,
    string? Phone,
    string? Region,
    string? PreferredLanguage,
    CallbackWindow? Callback,
    string? CallId = null,
    string? IvrChoice = null);

public sealed record CallbackWindow(DateTimeOffset From, DateTimeOffset To);
