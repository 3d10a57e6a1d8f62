using System.Security.Cryptography;
using System.Text;
using Ukc.ServiceDefaults.Auth;

namespace Ukc.Intake.Domain;

/// <summary>
/// The code a citizen gets with their appeal and shows to read its status: appeal ids are ordered by time and
/// can be guessed, the code cannot. It is the appeal id signed with a key derived from the services' shared
/// secret, so it needs no storage and a repeated request gets the same code again.
/// </summary>
public sealed class TrackingCodes(IConfiguration configuration)
{
    public const int Length = 10;

    /// <summary>Crockford's base 32: no I, L, O or U to misread over the phone.</summary>
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private readonly byte[] key = SHA256.HashData(Encoding.UTF8.GetBytes("tracking-code:" + configuration[ServiceTokens.KeySetting]));

    public string For(Guid appealId)
    {
        var mac = HMACSHA256.HashData(key, appealId.ToByteArray());
        var bits = BitConverter.ToUInt64(mac, 0);
        var code = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new string(code);
    }

    /// <summary>Whether <paramref name="code"/> is the appeal's, as a citizen may type it: any case, with spaces or dashes.</summary>
    public bool Matches(Guid appealId, string? code)
    {
        if (code is null)
        {
            return false;
        }

        var typed = new string([.. code.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant)]);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(typed), Encoding.ASCII.GetBytes(For(appealId)));
    }
}
