using Ukc.Intake.Domain;

namespace Intake.Tests;

public class PersonalDataTests
{
    [Theory]
    [InlineData("+380671234567", "+380*****4567")]
    [InlineData("+48512345678", "+48*****5678")]
    [InlineData("+4812", "*****")]
    [InlineData(null, "")]
    public void A_phone_shows_its_country_and_last_four_digits_only(string? phone, string masked)
    {
        Assert.Equal(masked, PersonalData.MaskPhone(phone));
    }

    [Fact]
    public void A_name_shows_only_its_initials()
    {
        Assert.Equal("О**** П*******", PersonalData.MaskName("Олена  Петренко"));
    }
}
