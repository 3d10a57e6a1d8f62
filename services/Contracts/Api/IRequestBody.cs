namespace Ukc.Contracts;

/// <summary>A request body type: what is wrong with a body of it, and the title of the problem that says so.</summary>
public interface IRequestBody
{
    /// <summary>The title of the validation problem that answers a malformed or invalid body.</summary>
    static abstract string InvalidTitle { get; }

    /// <summary>
    /// What is wrong with the body's fields, by field; null when nothing is. A check that needs more than the
    /// body (the time, the roster) is the handler's.
    /// </summary>
    Dictionary<string, string[]>? Validate() => null;
}
