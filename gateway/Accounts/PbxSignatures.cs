using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ukc.ServiceDefaults.Auth;

namespace Ukc.Gateway.Accounts;

/// <summary>
/// The signature a telephony integration may send instead of its key:
/// <c>X-Pbx-Signature: t=UNIX-SECONDS,v1=HEX</c>, where HEX is the HMAC-SHA256, with the integration's shared
/// secret (<c>Gateway:Pbx:Secrets:{integration}</c>), of <c>t</c>, the method, the path and query, and the body,
/// each followed by a line feed but the body. A signature older or newer than <see cref="Window"/>, or seen
/// before, is refused, so a captured request cannot be sent again.
/// </summary>
public sealed class PbxSignatures(TimeProvider time)
{
    public const string Header = "X-Pbx-Signature";
    public const string Section = "Gateway:Pbx:Secrets";
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);

    /// <summary>The header's value for a request: what an integration sends.</summary>
    public static string Sign(string secret, long unixSeconds, string method, string pathAndQuery, ReadOnlySpan<byte> body) =>
        $"t={unixSeconds.ToString(CultureInfo.InvariantCulture)},v1={Mac(secret, unixSeconds, method, pathAndQuery, body)}";

    private static string Mac(string secret, long unixSeconds, string method, string pathAndQuery, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes($"{unixSeconds.ToString(CultureInfo.InvariantCulture)}\n{method}\n{pathAndQuery}\n"));
        hmac.AppendData(body);
        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>The integration whose secret made <paramref name="header"/>, if it is fresh and not seen before; otherwise why not.</summary>
    public (string? Integration, string? Failure) Check(
        string header, IEnumerable<KeyValuePair<string, string?>> secrets, string method, string pathAndQuery, ReadOnlySpan<byte> body)
    {
        var parts = new Dictionary<string, string>(StringComparer.Ordinal);
        var wellFormed = header.Split(',').Select(part => part.Split('=', 2)).All(pair => pair.Length == 2 && parts.TryAdd(pair[0].Trim(), pair[1].Trim()));
        if (!wellFormed || !parts.TryGetValue("t", out var t) || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || !parts.TryGetValue("v1", out var sent))
        {
            return (null, $"{Header} is not t=UNIX-SECONDS,v1=HEX.");
        }

        var now = time.GetUtcNow();
        if ((now - DateTimeOffset.FromUnixTimeSeconds(Math.Min(seconds, DateTimeOffset.MaxValue.ToUnixTimeSeconds()))).Duration() > Window)
        {
            return (null, "The signature is older or newer than five minutes.");
        }

        foreach (var (integration, secret) in secrets)
        {
            if (secret is not { Length: >= ServiceTokens.MinimumKeyLength }
                || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(secret, seconds, method, pathAndQuery, body)), Encoding.ASCII.GetBytes(sent.ToLowerInvariant())))
            {
                continue;
            }

            Forget(now);
            return seen.TryAdd(sent.ToLowerInvariant(), now) ? (integration, null) : (null, "This signature was used before.");
        }

        return (null, "The signature matches no integration's secret.");
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (signature, at) in seen)
        {
            if (now - at > 2 * Window)
            {
                seen.TryRemove(signature, out _);
            }
        }
    }
}
