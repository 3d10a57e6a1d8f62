using Ukc.Intake.Domain;

namespace Intake.Tests;

public class AppealSubmissionTests
{
    private static AppealSubmission Submission(string? text, string? channel = "web") =>
        new(text, channel, Name: null, Phone: null, Region: null, PreferredLanguage: null);

    [Fact]
    public void A_plain_web_appeal_is_valid()
    {
        Assert.Empty(Submission("Потрібна евакуація з Ірпеня").Validate());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void An_appeal_without_text_names_the_text_field(string? text)
    {
        var errors = Submission(text).Validate();

        Assert.Equal(["text"], errors.Keys);
    }

    [Fact]
    public void Text_over_4000_characters_is_rejected_but_4000_after_trimming_is_not()
    {
        Assert.Contains("text", Submission(new string('а', 4001)).Validate().Keys);
        Assert.Empty(Submission("  " + new string('а', 4000) + "  ").Validate());
    }

    [Fact]
    public void An_unknown_channel_is_named_with_the_known_ones()
    {
        var errors = Submission("Допоможіть", channel: "fax").Validate();

        var message = Assert.Single(errors["channel"]);
        Assert.Contains("phone", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_appeal_is_received_with_its_text_trimmed()
    {
        var now = DateTimeOffset.Parse("2022-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var appeal = Appeal.From(Submission("  Немає ліків  ", channel: null), Guid.NewGuid(), now);

        Assert.Equal(("Немає ліків", "web", "received", now), (appeal.Text, appeal.Channel, appeal.Status, appeal.ReceivedAt));
    }
}
