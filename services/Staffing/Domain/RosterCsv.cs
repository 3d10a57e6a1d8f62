using System.Globalization;
using System.Text;
using Ukc.Contracts;

namespace Ukc.Staffing.Domain;

/// <summary>
/// The roster as UTF-8 CSV (RFC 4180 quoting), one operator a line under the header
/// <c>id,name,region,sheltered_workplace,skills,shifts</c>:
/// <c>skills</c> is <c>skill:proficiency</c> joined by <c>;</c> (<c>evacuation:3;uk:3;ru:2</c>),
/// <c>shifts</c> is <c>day HH:mm-HH:mm/break minutes</c> joined by <c>;</c> (<c>monday 08:00-16:00/30</c>).
/// </summary>
public static class RosterCsv
{
    public const string Header = "id,name,region,sheltered_workplace,skills,shifts";

    public static string Write(IEnumerable<Operator> operators)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var op in operators)
        {
            string[] fields =
            [
                op.Id, op.Name, op.Region, op.ShelteredWorkplace ? "true" : "false",
                string.Join(';', op.Skills.Select(s => $"{s.Skill}:{s.Proficiency}")),
                string.Join(';', op.Shifts.Select(s => $"{s.Day} {s.Start}-{s.End}/{s.BreakMinutes}")),
            ];
            text.AppendJoin(',', fields.Select(Quote)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Every operator of the file, or the problems of each bad line (numbered from 1, the header) and no operators.</summary>
    public static (IReadOnlyList<Operator> Operators, Dictionary<string, string[]>? Errors) Read(string csv)
    {
        var errors = new Dictionary<string, string[]>();
        var operators = new List<Operator>();
        var lines = Records(csv.TrimStart('\uFEFF')).ToList();
        if (lines.Count == 0 || string.Join(',', lines[0].Fields).Trim() != Header)
        {
            errors["line 1"] = [$"The first line must be the header: {Header}"];
            return ([], errors);
        }

        foreach (var (line, fields) in lines.Skip(1))
        {
            if (fields is [""])
            {
                continue;
            }

            var problems = Parse(fields, out var submission);
            Operator? op = null;
            if (submission is not null && submission.Validate("", out op) is { } invalid)
            {
                problems.AddRange(invalid.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
            }

            if (op is not null && operators.Any(o => o.Id == op.Id))
            {
                problems.Add($"id: operator '{op.Id}' is already on an earlier line.");
            }

            if (problems.Count > 0)
            {
                errors[$"line {line}"] = [.. problems];
            }
            else
            {
                operators.Add(op!);
            }
        }

        return errors.Count > 0 ? ([], errors) : (operators, null);
    }

    private static List<string> Parse(IReadOnlyList<string> fields, out OperatorSubmission? submission)
    {
        submission = null;
        var problems = new List<string>();
        if (fields.Count != 6)
        {
            problems.Add($"A line has 6 fields ({Header}); this one has {fields.Count}.");
            return problems;
        }

        var sheltered = fields[3].Trim().ToLowerInvariant() switch
        {
            "true" or "yes" or "1" => true,
            "false" or "no" or "0" or "" => false,
            _ => (bool?)null,
        };
        if (sheltered is null)
        {
            problems.Add($"sheltered_workplace: '{fields[3]}' is not true or false.");
        }

        var skills = new List<OperatorSkill>();
        foreach (var item in Items(fields[4]))
        {
            var parts = item.Split(':');
            if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var proficiency))
            {
                problems.Add($"skills: '{item}' is not skill:proficiency, such as evacuation:2.");
            }
            else
            {
                skills.Add(new OperatorSkill(parts[0].Trim(), proficiency));
            }
        }

        var shifts = new List<Shift>();
        foreach (var item in Items(fields[5]))
        {
            if (ParseShift(item) is { } shift)
            {
                shifts.Add(shift);
            }
            else
            {
                problems.Add($"shifts: '{item}' is not 'day HH:mm-HH:mm/break minutes', such as monday 08:00-16:00/30.");
            }
        }

        if (problems.Count == 0)
        {
            submission = new OperatorSubmission(fields[0].Trim(), fields[1], fields[2].Trim(), sheltered!.Value, skills, null, shifts);
        }

        return problems;
    }

    private static Shift? ParseShift(string item)
    {
        var parts = item.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
        {
            return null;
        }

        var timesAndBreak = parts[1].Split('/');
        var times = timesAndBreak[0].Split('-');
        var breakMinutes = 30;
        if (times.Length != 2 || timesAndBreak.Length > 2 ||
            (timesAndBreak.Length == 2 && !int.TryParse(timesAndBreak[1], NumberStyles.None, CultureInfo.InvariantCulture, out breakMinutes)))
        {
            return null;
        }

        return new Shift(parts[0].ToLowerInvariant(), times[0].Trim(), times[1].Trim(), breakMinutes);
    }

    private static IEnumerable<string> Items(string field) =>
        field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    /// <summary>The records of the file with the line each starts on; a quoted field may span lines.</summary>
    private static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Records(string csv)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return (recordLine, fields);
                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }
}
