namespace Ukc.Contracts;

/// <param name="OperatorId">The operator to offer the appeal to.</param>
public sealed record ReassignRequest(string? OperatorId) : IRequestBody
{
    public static string InvalidTitle => "The appeal cannot be reassigned.";

    public Dictionary<string, string[]>? Validate() => string.IsNullOrWhiteSpace(OperatorId)
        ? new() { ["operatorId"] = ["Name the operator to give the appeal to."] }
        : null;
}
