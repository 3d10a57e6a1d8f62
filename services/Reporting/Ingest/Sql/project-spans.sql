-- The spans of each operator in @operators from the earliest state in @since on: every state at or after the
-- span that held at that time is laid out again. A state only ever joins, so no span needs deleting: the spans
-- start at the distinct instants of the states, and at one instant the state of the highest rank holds.
-- A wrap-up span laid out gives its length to the appeal resolved at its start, whose quarter is then stale.
WITH changed AS (
    SELECT c.operator_id,
           coalesce((SELECT max(s.at) FROM reporting.operator_states s WHERE s.operator_id = c.operator_id AND s.at < c.since), c.since) AS since
    FROM unnest(@operators::text[], @since::timestamptz[]) AS c(operator_id, since)
), ordered AS (
    SELECT s.operator_id, s.at, s.state, s.reason,
           lead(s.at) OVER (PARTITION BY s.operator_id ORDER BY s.at, s.rank, s.message_id) AS next_at
    FROM reporting.operator_states s
    JOIN changed c ON s.operator_id = c.operator_id AND s.at >= c.since
), spans AS (
    INSERT INTO reporting.operator_spans (operator_id, started_at, ended_at, state, reason)
    SELECT operator_id, at, next_at, state, reason
    FROM ordered
    WHERE next_at IS NULL OR next_at > at
    ON CONFLICT (operator_id, started_at) DO UPDATE SET ended_at = excluded.ended_at, state = excluded.state, reason = excluded.reason
    RETURNING operator_id, started_at, ended_at, state
), wrapped AS (
    UPDATE reporting.appeals a
    SET wrap_up_seconds = extract(epoch FROM sp.ended_at - sp.started_at)
    FROM spans sp
    WHERE sp.state = 'wrap_up' AND a.operator_id = sp.operator_id AND a.resolved_at = sp.started_at
      AND a.wrap_up_seconds IS DISTINCT FROM extract(epoch FROM sp.ended_at - sp.started_at)
    RETURNING a.queued_at
)
INSERT INTO reporting.stale_quarters (quarter)
SELECT DISTINCT reporting.quarter(queued_at) FROM wrapped WHERE queued_at IS NOT NULL
ON CONFLICT DO NOTHING;
