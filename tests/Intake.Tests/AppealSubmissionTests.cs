using Ukc.Contracts;
using System.Globalization;
using Ukc.Intake.Domain;

namespace Intake.Tests;

public class AppealSubmissionTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2022-03-01T10:00:00Z", CultureInfo.InvariantCulture);

    private static AppealSubmission Submission(
        string? text = "Потрібна евакуація з Ірпеня", string? channel = "web", string? phone = null, string? name = null, bool? consent = null,
        string? region = null, string? language = null, DateTimeOffset? callbackFrom = null, DateTimeOffset? callbackTo = null) =>
        new(text, channel, name, phone, region, language, consent, callbackFrom, callbackTo);

    private static Dictionary<string, string[]> Errors(AppealSubmission submission) => submission.Validate(Now, out _);

    [Fact]
    public void A_plain_web_appeal_is_valid_and_its_text_trimmed()
    {
        var errors = Submission(text: "  Немає ліків  ", channel: null).Validate(Now, out var details);

        Assert.Empty(errors);
        Assert.Equal(("Немає ліків", "web"), (details.Text, details.Channel));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void An_appeal_without_text_names_the_text_field(string? text)
    {
        Assert.Equal(["text"], Errors(Submission(text: text)).Keys);
    }

    [Fact]
    public void Text_over_4000_characters_is_rejected_but_4000_after_trimming_is_not()
    {
        Assert.Contains("text", Errors(Submission(text: new string('а', 4001))).Keys);
        Assert.Empty(Errors(Submission(text: "  " + new string('а', 4000) + "  ")));
    }

    [Fact]
    public void Each_bad_field_is_named()
    {
        var errors = Errors(Submission(text: "", channel: "fax", phone: "12", region: "atlantis", language: "de", consent: true));

        Assert.Equal(["channel", "phone", "preferredLanguage", "region", "text"], errors.Keys.Order());
    }

    [Fact]
    public void A_phone_is_kept_in_E164_and_only_with_consent()
    {
        Assert.Equal(["consent"], Errors(Submission(phone: "067 123 45 67")).Keys);

        Submission(phone: "067 123 45 67", consent: true).Validate(Now, out var details);
        Assert.Equal("+380671234567", details.Phone);
    }

    [Fact]
    public void A_callback_request_needs_a_phone_and_a_window_still_to_come()
    {
        Assert.Equal(["callbackFrom", "phone"], Errors(Submission(channel: "callback")).Keys.Order());
        Assert.Equal(["callbackTo"], Errors(Submission(channel: "callback", phone: "0671234567", consent: true,
            callbackFrom: Now.AddHours(-3), callbackTo: Now.AddHours(-1))).Keys);
        Assert.Equal(["callbackTo"], Errors(Submission(channel: "callback", phone: "0671234567", consent: true,
            callbackFrom: Now.AddHours(2), callbackTo: Now.AddHours(1))).Keys);
        Assert.Empty(Errors(Submission(channel: "callback", phone: "0671234567", consent: true,
            callbackFrom: Now.AddHours(1), callbackTo: Now.AddHours(3))));
    }
}
