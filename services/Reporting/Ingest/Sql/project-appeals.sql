-- The row of each appeal in @appeals, from all of its events: the same row whatever order they came in.
-- "First" and "latest" are by the event's own time, ties broken by message id, so a rebuild gives the same row.
INSERT INTO reporting.appeals AS a (
    appeal_id, status, channel, region, preferred_language, repeat_of, category, corrected_category, priority, distress,
    language, queue, operator_id, fallback, resolution, abandon_reason, attempts, requeues, received_at, categorized_at,
    queued_at, first_offered_at, assigned_at, resolved_at, abandoned_at, callback_scheduled_at, callback_window_start,
    callback_window_end, wrap_up_seconds, text, name, phone, personal_data_erased_at)
SELECT f.*,
       (SELECT extract(epoch FROM sp.ended_at - sp.started_at)
        FROM reporting.operator_spans sp
        WHERE sp.operator_id = f.operator_id AND sp.started_at = f.resolved_at AND sp.state = 'wrap_up'),
       p.text, p.name, p.phone, p.erased_at
FROM (
    SELECT e.appeal_id,
        CASE
            WHEN bool_or(e.type = 'AppealResolved') THEN 'resolved'
            WHEN bool_or(e.type = 'AppealAbandoned') THEN 'abandoned'
            WHEN bool_or(e.type = 'AppealAssigned') THEN 'assigned'
            ELSE coalesce(
                (array_agg(CASE e.type WHEN 'AppealOffered' THEN 'offered' WHEN 'CallbackScheduled' THEN 'callback_scheduled' ELSE 'queued' END
                    ORDER BY e.occurred_at DESC, e.type = 'AppealOffered' DESC, e.message_id)
                    FILTER (WHERE e.type IN ('AppealQueued', 'AppealRequeued', 'AppealOffered', 'OfferDeclined', 'OfferTimedOut', 'CallbackScheduled')))[1],
                CASE WHEN bool_or(e.type = 'AppealCategorized') THEN 'categorized' ELSE 'received' END)
        END,
        coalesce(min(e.payload ->> 'channel') FILTER (WHERE e.type = 'AppealReceived'),
                 min(e.payload ->> 'channel') FILTER (WHERE e.type = 'AppealCategorized')),
        min(e.payload ->> 'region') FILTER (WHERE e.type = 'AppealReceived'),
        min(e.payload ->> 'preferredLanguage') FILTER (WHERE e.type = 'AppealReceived'),
        min(e.payload ->> 'repeatOf') FILTER (WHERE e.type = 'AppealReceived')::uuid,
        (array_agg(e.payload ->> 'category' ORDER BY e.occurred_at DESC, e.message_id) FILTER (WHERE e.type = 'AppealCategorized'))[1],
        (array_agg(e.payload ->> 'correctedCategory' ORDER BY e.occurred_at DESC, e.message_id)
            FILTER (WHERE e.type IN ('CategoryCorrected', 'AppealResolved') AND e.payload ->> 'correctedCategory' IS NOT NULL))[1],
        (array_agg(e.payload ->> 'priority' ORDER BY e.occurred_at DESC, e.message_id) FILTER (WHERE e.type = 'AppealCategorized'))[1],
        (array_agg((e.payload ->> 'distress')::integer ORDER BY e.occurred_at DESC, e.message_id) FILTER (WHERE e.type = 'AppealCategorized'))[1],
        (array_agg(e.payload ->> 'language' ORDER BY e.occurred_at DESC, e.message_id) FILTER (WHERE e.type = 'AppealCategorized'))[1],
        (array_agg(e.payload ->> 'queue' ORDER BY e.occurred_at DESC, e.message_id) FILTER (WHERE e.type IN ('AppealQueued', 'AppealRequeued')))[1],
        (array_agg(e.operator_id ORDER BY e.type = 'AppealResolved' DESC, e.occurred_at DESC, e.message_id)
            FILTER (WHERE e.type IN ('AppealAssigned', 'AppealResolved')))[1] AS operator_id,
        (array_agg(e.payload ->> 'fallback' ORDER BY e.occurred_at DESC, e.message_id) FILTER (WHERE e.type = 'AppealAssigned'))[1],
        (array_agg(e.payload ->> 'resolution' ORDER BY e.occurred_at DESC, e.message_id) FILTER (WHERE e.type = 'AppealResolved'))[1],
        (array_agg(e.payload ->> 'reason' ORDER BY e.occurred_at, e.message_id) FILTER (WHERE e.type = 'AppealAbandoned'))[1],
        count(*) FILTER (WHERE e.type = 'AppealOffered'),
        count(*) FILTER (WHERE e.type = 'AppealRequeued'),
        min(e.occurred_at) FILTER (WHERE e.type = 'AppealReceived'),
        min(e.occurred_at) FILTER (WHERE e.type = 'AppealCategorized'),
        min(e.occurred_at) FILTER (WHERE e.type = 'AppealQueued'),
        min(e.occurred_at) FILTER (WHERE e.type = 'AppealOffered'),
        min(e.occurred_at) FILTER (WHERE e.type = 'AppealAssigned'),
        max(e.occurred_at) FILTER (WHERE e.type = 'AppealResolved') AS resolved_at,
        min(e.occurred_at) FILTER (WHERE e.type = 'AppealAbandoned'),
        min(e.occurred_at) FILTER (WHERE e.type = 'CallbackScheduled'),
        min((e.payload ->> 'windowStart')::timestamptz) FILTER (WHERE e.type = 'CallbackScheduled'),
        min((e.payload ->> 'windowEnd')::timestamptz) FILTER (WHERE e.type = 'CallbackScheduled')
    FROM reporting.events e
    WHERE e.appeal_id = ANY(@appeals)
    GROUP BY e.appeal_id
) AS f
LEFT JOIN LATERAL (
    SELECT r.payload ->> 'text' AS text, r.payload ->> 'name' AS name, r.payload ->> 'phone' AS phone,
           (r.payload ->> 'personalDataErasedAt')::timestamptz AS erased_at
    FROM reporting.events r
    WHERE r.appeal_id = f.appeal_id AND r.type = 'AppealReceived'
    ORDER BY r.occurred_at, r.message_id
    LIMIT 1
) AS p ON true
ON CONFLICT (appeal_id) DO UPDATE SET
    status = excluded.status, channel = excluded.channel, region = excluded.region,
    preferred_language = excluded.preferred_language, repeat_of = excluded.repeat_of, category = excluded.category,
    corrected_category = excluded.corrected_category, priority = excluded.priority, distress = excluded.distress,
    language = excluded.language, queue = excluded.queue, operator_id = excluded.operator_id, fallback = excluded.fallback,
    resolution = excluded.resolution, abandon_reason = excluded.abandon_reason, attempts = excluded.attempts,
    requeues = excluded.requeues, received_at = excluded.received_at, categorized_at = excluded.categorized_at,
    queued_at = excluded.queued_at, first_offered_at = excluded.first_offered_at, assigned_at = excluded.assigned_at,
    resolved_at = excluded.resolved_at, abandoned_at = excluded.abandoned_at,
    callback_scheduled_at = excluded.callback_scheduled_at, callback_window_start = excluded.callback_window_start,
    callback_window_end = excluded.callback_window_end, wrap_up_seconds = excluded.wrap_up_seconds, text = excluded.text,
    name = excluded.name, phone = excluded.phone, personal_data_erased_at = excluded.personal_data_erased_at;
