using System.Text.Json;
using Ukc.Cli;
using Ukc.Contracts;

namespace Categorization.Tests;

/// <summary><c>ukc classify</c>: JSON Lines in, JSON Lines out, with no services running.</summary>
public class ClassifyCommandTests
{
    [Fact]
    public async Task Each_appeal_line_gets_one_classified_line_with_its_id()
    {
        var (exitCode, output, errors) = await Run("""
            {"id":1,"text":"Нема світла третій день, Харків"}

            {"id":"b-2","text":"Please help, we need to evacuate my bedridden mother from Kramatorsk"}
            """);

        Assert.Equal(0, exitCode);
        Assert.Empty(errors);
        var lines = output.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(1, lines[0].GetProperty("id").GetInt32());
        Assert.Equal("b-2", lines[1].GetProperty("id").GetString());
        Assert.Equal(Categories.Utilities, lines[0].GetProperty("category").GetString());
        Assert.Equal(Categories.Evacuation, lines[1].GetProperty("category").GetString());
        Assert.Equal("uk", lines[0].GetProperty("language").GetString());
        Assert.Equal("en", lines[1].GetProperty("language").GetString());
        Assert.All(lines, line =>
        {
            Assert.Contains(line.GetProperty("priority").GetString(), Priorities.All);
            Assert.InRange(line.GetProperty("distress").GetInt32(), 0, 3);
            Assert.InRange(line.GetProperty("confidence").GetDouble(), 0, 1);
        });
    }

    [Fact]
    public async Task A_bad_line_is_reported_by_number_and_the_rest_are_still_classified()
    {
        var tooLong = new string('а', AppealLimits.MaxTextLength + 1);
        var (exitCode, output, errors) = await Run($$"""
            not json
            {"text":"Нема світла"}
            {"id":3,"text":"   "}
            {"id":4,"text":"{{tooLong}}"}
            {"id":5,"text":"Де отримати гуманітарну допомогу в Дніпрі?"}
            """);

        Assert.Equal(1, exitCode);
        Assert.Equal(["line 1", "line 2", "line 3", "line 4"], errors.Select(error => error.Split(':')[0]));
        var classified = Assert.Single(output);
        Assert.Equal(5, JsonDocument.Parse(classified).RootElement.GetProperty("id").GetInt32());
    }

    private static async Task<(int ExitCode, List<string> Output, List<string> Errors)> Run(string input)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await ClassifyCommand.RunAsync(new StringReader(input), output, errors);
        return (exitCode, Lines(output), Lines(errors));
    }

    private static List<string> Lines(StringWriter writer) =>
        [.. writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
