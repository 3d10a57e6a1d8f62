using Ukc.Contracts;
using Ukc.Intake.Domain;

namespace Intake.Tests;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("0671234567")]
    [InlineData("+38 (067) 123-45-67")]
    [InlineData("380671234567")]
    [InlineData("+380671234567")]
    [InlineData("067-123-45-67")]
    [InlineData("(067) 123 45 67")]
    [InlineData("67 123 45 67")]
    [InlineData("80671234567")]
    [InlineData("00380671234567")]
    public void Every_way_Ukrainians_type_a_number_gives_the_same_E164(string typed)
    {
        Assert.True(PhoneNumber.TryNormalize(typed, out var e164));
        Assert.Equal("+380671234567", e164);
    }

    [Theory]
    [InlineData("+48 512 345 678", "+48512345678")]
    [InlineData("0049 151 23456789", "+4915123456789")]
    public void A_number_abroad_is_taken_in_international_form(string typed, string expected)
    {
        Assert.True(PhoneNumber.TryNormalize(typed, out var e164));
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("067123456")]
    [InlineData("06712345678")]
    [InlineData("067 123 45 6x")]
    [InlineData("+38067+1234567")]
    [InlineData("+3806712345678")]
    [InlineData("+1234567")]
    public void Anything_else_is_not_a_phone_number(string typed)
    {
        Assert.False(PhoneNumber.TryNormalize(typed, out _));
    }
}
