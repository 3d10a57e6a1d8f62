namespace Ukc.Contracts;

/// <summary>The checks of the fields that appeals from every channel share; each adds its error under the field's name.</summary>
public static class AppealFields
{
    public const int MaxTextLength = AppealLimits.MaxTextLength;

    /// <summary>The title of the problem that answers an appeal the checks refuse, whichever channel it came through.</summary>
    public const string InvalidTitle = "The appeal is not valid.";

    public static string Text(string? value, string field, Dictionary<string, string[]> errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors[field] = ["The appeal text is required."];
        }
        else if (text.Length > MaxTextLength)
        {
            errors[field] = [$"The appeal text must be at most {MaxTextLength} characters; it has {text.Length}."];
        }

        return text;
    }

    public static string? Phone(string? value, bool required, Dictionary<string, string[]> errors, string field = "phone")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors[field] = ["A phone number is required to call back."];
            }

            return null;
        }

        if (PhoneNumber.TryNormalize(value, out var e164))
        {
            return e164;
        }

        errors[field] = ["Not a phone number: give a Ukrainian number (0671234567, +38 067 123 45 67) or an international one starting with +."];
        return null;
    }

    public static void CheckConsent(bool? consent, string? name, string? phone, Dictionary<string, string[]> errors)
    {
        if ((!string.IsNullOrWhiteSpace(name) || phone is not null) && consent != true)
        {
            errors["consent"] = ["Consent is needed to keep a name or phone number with the appeal."];
        }
    }

    public static void CheckRegion(string? region, Dictionary<string, string[]> errors)
    {
        if (region is not null && !Regions.All.Contains(region))
        {
            errors["region"] = [$"Unknown region '{region}'. Known regions: {string.Join(", ", Regions.All)}."];
        }
    }

    public static void CheckLanguage(string? language, Dictionary<string, string[]> errors)
    {
        if (language is not null && !Languages.All.Contains(language))
        {
            errors["preferredLanguage"] = [$"Unknown language '{language}'. Known languages: {string.Join(", ", Languages.All)}."];
        }
    }
}
