using MassTransit;
using Ukc.Contracts;
using Ukc.Reporting.Ingest;

namespace Ukc.Reporting.Consumers;

/// <summary>Every event of the appeals' flow and the operators' into the history, from one queue.</summary>
public sealed class EventConsumer(EventWriter writer) :
    IConsumer<AppealReceived>, IConsumer<AppealCategorized>, IConsumer<AppealQueued>, IConsumer<AppealAbandoned>,
    IConsumer<AppealOffered>, IConsumer<OfferDeclined>, IConsumer<OfferTimedOut>, IConsumer<AppealRequeued>,
    IConsumer<AppealAssigned>, IConsumer<AppealResolved>, IConsumer<CallbackScheduled>, IConsumer<CategoryCorrected>,
    IConsumer<OperatorPresenceChanged>, IConsumer<OperatorRosterChanged>, IConsumer<RegionalAlertChanged>,
    IConsumer<SignInAttempted>, IConsumer<AccountChanged>
{
    public Task Consume(ConsumeContext<AppealReceived> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AppealCategorized> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AppealQueued> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AppealAbandoned> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AppealOffered> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<OfferDeclined> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<OfferTimedOut> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AppealRequeued> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AppealAssigned> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AppealResolved> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<CallbackScheduled> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<CategoryCorrected> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<OperatorPresenceChanged> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<OperatorRosterChanged> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<RegionalAlertChanged> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<SignInAttempted> context) => RecordAsync(context);

    public Task Consume(ConsumeContext<AccountChanged> context) => RecordAsync(context);

    private Task RecordAsync<T>(ConsumeContext<T> context) where T : class
    {
        var messageId = context.MessageId ?? throw new InvalidMessageException("The event has no message id.");
        var actor = context.Headers.Get<string>(Outbox.ActorHeader);
        return writer.WriteAsync(RecordedEvents.From(messageId, context.Message, actor), context.CancellationToken);
    }
}

/// <summary>Many messages in hand at once, so that the writer can store them together.</summary>
public sealed class EventConsumerDefinition : ConsumerDefinition<EventConsumer>
{
    public EventConsumerDefinition() => ConcurrentMessageLimit = EventWriter.MaxBatch;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<EventConsumer> consumerConfigurator, IRegistrationContext context)
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.PrefetchCount = EventWriter.MaxBatch;
        }
    }
}
