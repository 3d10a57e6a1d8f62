namespace Ukc.Intake.Domain;

/// <summary>How callers' phone numbers and names appear in logs and traces: enough to tell two apart, not to reach anyone.</summary>
public static class PersonalData
{
    /// <summary><c>+380671234567</c> → <c>+380*****4567</c>.</summary>
    public static string MaskPhone(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return "";
        }

        const int Shown = 4;
        var prefix = phone.StartsWith("+380", StringComparison.Ordinal) ? 4 : Math.Min(3, phone.Length);
        if (phone.Length <= prefix + Shown)
        {
            return new string('*', phone.Length);
        }

        return phone[..prefix] + new string('*', phone.Length - prefix - Shown) + phone[^Shown..];
    }

    /// <summary><c>Олена Петренко</c> → <c>О**** П*******</c>.</summary>
    public static string MaskName(string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? ""
            : string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => part[0] + new string('*', part.Length - 1)));
}
