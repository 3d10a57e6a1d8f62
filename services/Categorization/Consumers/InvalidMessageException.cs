namespace Ukc.Categorization.Consumers;

/// <summary>A message that no retry can make valid; MassTransit moves it to the error queue with this reason.</summary>
public sealed class InvalidMessageException(string message) : Exception(message);
