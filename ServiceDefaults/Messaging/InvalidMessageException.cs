namespace Ukc.ServiceDefaults.Messaging;

/// <summary>
/// A message that no retry can make valid: the consumer throws it, and the message goes straight to its
/// error queue with this reason, without the retries meant for a broker or Redis that is briefly away.
/// </summary>
public sealed class InvalidMessageException(string message) : Exception(message);
