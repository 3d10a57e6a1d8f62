using System.Text;

namespace Integration.Tests;

/// <summary>The sink the personal-data checks rely on finds what it looks for in an export.</summary>
public sealed class TelemetrySinkTests
{
    [Fact]
    public async Task A_phone_number_and_a_watched_name_in_an_export_are_found_and_a_masked_number_is_not()
    {
        await using var sink = await TelemetrySink.StartAsync();
        using var watch = sink.Start("Олена Петренко");
        using var client = new HttpClient { BaseAddress = new Uri(sink.Address) };

        // A string field of a protobuf record: tag, length, then the UTF-8 bytes as they are.
        byte[] Field(string text) => [0x0A, (byte)Encoding.UTF8.GetByteCount(text), .. Encoding.UTF8.GetBytes(text)];
        await client.PostAsync("/v1/logs", new ByteArrayContent([.. Field("Дзвонила Олена Петренко з +380671234567"), .. Field("+380*****4567")]));

        Assert.Equal(["+380671234567"], sink.PhonesInClear.Keys);
        Assert.Equal(["logs"], watch.SignalsWith("Олена Петренко"));
    }
}
