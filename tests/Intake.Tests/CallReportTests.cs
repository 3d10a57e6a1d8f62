using Ukc.Intake.Domain;

namespace Intake.Tests;

public class CallReportTests
{
    [Fact]
    public void A_call_becomes_a_phone_appeal_with_its_number_in_E164()
    {
        var errors = new CallReport("pbx-1-8842", "+38 (050) 765-43-21", "2", "Шукаю батька, зник у Бучі", null, "kyiv").Validate(out var details);

        Assert.Empty(errors);
        Assert.Equal(("phone", "+380507654321", "pbx-1-8842", "2"), (details.Channel, details.Phone, details.CallId, details.IvrChoice));
    }

    [Fact]
    public void The_operators_notes_stand_in_for_a_missing_transcript()
    {
        new CallReport("c-1", null, null, "  ", "Просить гуманітарну допомогу", null).Validate(out var details);

        Assert.Equal("Просить гуманітарну допомогу", details.Text);
    }

    [Fact]
    public void A_call_without_id_or_words_names_both_fields()
    {
        var errors = new CallReport(" ", "0671234567", null, null, null, null).Validate(out _);

        Assert.Equal(["callId", "transcript"], errors.Keys.Order());
    }
}
