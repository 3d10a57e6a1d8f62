using Microsoft.Extensions.Localization;
using Ukc.Gateway.Client.Api;

namespace Ukc.Gateway.Client.Pages.Staffing;

/// <summary>
/// A validation problem's errors by field, to show beside the fields: in the person's language where the form's
/// resources have <c>Error.{field}</c>, else the API's own words.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> byField = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => byField.Count > 0;

    public string? this[string field] => byField.GetValueOrDefault(field);

    public bool Has(string field) => byField.ContainsKey(field);

    /// <summary>The fields whose key starts with <paramref name="prefix"/>, such as <c>shifts[</c>.</summary>
    public IEnumerable<KeyValuePair<string, string>> Starting(string prefix) =>
        byField.Where(e => e.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    public void Clear() => byField.Clear();

    /// <summary>Takes the problem's field errors; false when it named none, so the caller shows it as a whole.</summary>
    public bool Take(ApiProblem problem, IStringLocalizer text)
    {
        byField.Clear();
        foreach (var (field, messages) in problem.Errors)
        {
            var local = text[$"Error.{Bare(field)}"];
            byField[field] = local.ResourceNotFound ? string.Join(" ", messages) : local.Value;
        }

        return Any;
    }

    /// <summary><c>shifts[2]</c> and <c>skills[0].skill</c> share the message of <c>shifts</c> and <c>skills</c>.</summary>
    private static string Bare(string field) => field.IndexOf('[', StringComparison.Ordinal) is > 0 and var at ? field[..at] : field;
}
