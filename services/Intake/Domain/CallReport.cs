using Ukc.Contracts;

namespace Ukc.Intake.Domain;

/// <summary>
/// What a PBX (Asterisk, FreeSWITCH) reports of an inbound call: its id, the caller's number, the IVR
/// menu choice, and the transcript or the notes the operator typed.
/// </summary>
public sealed record CallReport(
    string? CallId,
    string? CallerNumber,
    string? IvrChoice,
    string? Transcript,
    string? Notes,
    string? Region) : IRequestBody
{
    public const int MaxCallIdLength = 128;

    public static string InvalidTitle => AppealFields.InvalidTitle;

    public Dictionary<string, string[]> Validate(out AppealDetails details)
    {
        var errors = new Dictionary<string, string[]>();
        var callId = CallId?.Trim() ?? "";
        if (callId.Length is 0 or > MaxCallIdLength)
        {
            errors["callId"] = [$"The call id is required, at most {MaxCallIdLength} characters."];
        }

        // A number the network withheld is no reason to lose the call.
        var phone = AppealFields.Phone(CallerNumber, required: false, errors, "callerNumber");
        var text = AppealFields.Text(string.IsNullOrWhiteSpace(Transcript) ? Notes : Transcript, "transcript", errors);
        AppealFields.CheckRegion(Region, errors);

        details = new AppealDetails(Channels.Phone, text, Name: null, phone, Region, PreferredLanguage: null, Callback: null, callId, IvrChoice?.Trim());
        return errors;
    }
}
