namespace Ukc.Contracts;

/// <summary>
/// Phone numbers in E.164. Ukrainians type their numbers in many ways — <c>0671234567</c>,
/// <c>+38 (067) 123-45-67</c>, <c>380671234567</c>, <c>67 123 45 67</c> — and all mean <c>+380671234567</c>.
/// Numbers abroad are taken in international form (<c>+48…</c> or <c>0048…</c>).
/// </summary>
public static class PhoneNumber
{
    private const string Ukraine = "380";

    public static bool TryNormalize(string? input, out string e164)
    {
        e164 = "";
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var trimmed = input.Trim();
        var international = trimmed.StartsWith('+');
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        if (trimmed.Any(c => !char.IsAsciiDigit(c) && " ()-.+".IndexOf(c) < 0) || trimmed.LastIndexOf('+') > 0)
        {
            return false;
        }

        if (!international && digits.StartsWith("00", StringComparison.Ordinal))
        {
            international = true;
            digits = digits[2..];
        }

        var number = (international, digits.Length) switch
        {
            (_, 12) when digits.StartsWith(Ukraine, StringComparison.Ordinal) => digits,
            (true, >= 8 and <= 15) when !digits.StartsWith(Ukraine, StringComparison.Ordinal) => digits,
            (false, 11) when digits.StartsWith("80", StringComparison.Ordinal) => "3" + digits,
            (false, 10) when digits.StartsWith('0') => "38" + digits,
            (false, 9) when digits[0] != '0' => Ukraine + digits,
            _ => null,
        };
        if (number is null)
        {
            return false;
        }

        e164 = "+" + number;
        return true;
    }
}
