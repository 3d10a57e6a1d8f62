using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Ukc.Reporting.Figures;
using Ukc.Reporting.Ingest;

namespace Ukc.Reporting.Apis;

/// <summary>Reports as UTF-8 CSV, written row by row as they are read, with times in ISO 8601.</summary>
internal static class Csv
{
    public const string ContentType = "text/csv";

    public static bool Wanted(HttpRequest request, string? format) =>
        string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
        || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase));

    public static PushStreamHttpResult Of<T>(IAsyncEnumerable<T> rows, string fileName) =>
        Write(fileName, async csv =>
        {
            var columns = new CsvHelper.Configuration.DefaultClassMap<T>();
            columns.AutoMap(CultureInfo.InvariantCulture);
            foreach (var column in columns.MemberMaps)
            {
                column.Name(Header(column.Data.Member!.Name));
            }

            csv.Context.RegisterClassMap(columns);
            await csv.WriteRecordsAsync(rows);
        });

    /// <summary><c>AsaP90Seconds</c> → <c>asa_p90_seconds</c>, as the states and ids are written.</summary>
    private static string Header(string member) =>
        string.Concat(member.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    public static PushStreamHttpResult OfOperators(IReadOnlyList<OperatorFigures> rows) => Write("operators.csv", async csv =>
    {
        foreach (var header in new[] { "operator_id", "name", "answered", "aht_seconds", "occupancy" }.Concat(OperatorStates.All.Select(s => $"{s}_seconds")))
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        foreach (var row in rows)
        {
            csv.WriteField(row.OperatorId);
            csv.WriteField(row.Name);
            csv.WriteField(row.Answered);
            csv.WriteField(row.AhtSeconds);
            csv.WriteField(row.Occupancy);
            foreach (var state in OperatorStates.All)
            {
                csv.WriteField(row.SecondsByState[state]);
            }

            await csv.NextRecordAsync();
        }
    });

    private static PushStreamHttpResult Write(string fileName, Func<CsvWriter, Task> write) =>
        TypedResults.Stream(async body =>
        {
            await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
            csv.Context.TypeConverterOptionsCache.GetOptions<DateTimeOffset>().Formats = ["O"];
            csv.Context.TypeConverterOptionsCache.GetOptions<DateTimeOffset?>().Formats = ["O"];
            await write(csv);
        }, $"{ContentType}; charset=utf-8", fileName);
}
