using Ukc.Contracts;
using Ukc.Intake.Apis;
using Ukc.Intake.Domain;

namespace Intake.Tests;

public class FingerprintTests
{
    private static AppealDetails Details(string text, string? phone = "+380671234567") =>
        new("web", text, null, phone, "kharkiv", "uk", null);

    [Fact]
    public void A_retried_request_has_the_fingerprint_of_the_first()
    {
        Assert.Equal(AppealIntake.Fingerprint(Details("Потрібна вода")), AppealIntake.Fingerprint(Details("Потрібна вода")));
    }

    [Fact]
    public void A_different_appeal_has_another_fingerprint()
    {
        Assert.NotEqual(AppealIntake.Fingerprint(Details("Потрібна вода")), AppealIntake.Fingerprint(Details("Потрібні ліки")));
        Assert.NotEqual(AppealIntake.Fingerprint(Details("Потрібна вода")), AppealIntake.Fingerprint(Details("Потрібна вода", phone: null)));
    }
}
