-- What became of the appeals that reached a queue in each piece of time (@starts[n] to @ends[n]), per grouping and
-- group; waits are counted from the queue, in whole microseconds, sorted, as the bytes of int8s (see
-- 003-waits-as-microseconds.sql). The quarters' figures are kept from it (reporting.queue_quarters), and the part of
-- a period that is not whole quarters is read with it directly. The columns are the table's. Handle times are summed
-- as numeric, exactly, so the figures do not depend on the order the rows are added in.
SELECT p.start_at, g.grouping, g.grp,
    count(*) AS offered,
    count(*) FILTER (WHERE a.assigned_at IS NOT NULL) AS answered,
    count(*) FILTER (WHERE a.assigned_at IS NULL AND a.abandoned_at - a.queued_at >= @short_abandon) AS abandoned,
    count(*) FILTER (WHERE a.assigned_at IS NULL AND a.abandoned_at - a.queued_at < @short_abandon) AS short_abandoned,
    count(*) FILTER (WHERE a.assigned_at - a.queued_at <= @threshold) AS answered_in_threshold,
    count(*) FILTER (WHERE a.assigned_at - a.queued_at <= coalesce(t.target, @threshold)) AS answered_in_target,
    coalesce(string_agg(int8send((extract(epoch FROM a.assigned_at - a.queued_at) * 1000000)::int8), ''::bytea
        ORDER BY a.assigned_at - a.queued_at) FILTER (WHERE a.assigned_at IS NOT NULL), ''::bytea) AS waits,
    count(a.resolved_at - a.assigned_at) AS handled,
    coalesce(sum(extract(epoch FROM a.resolved_at - a.assigned_at) + coalesce(a.wrap_up_seconds, 0)), 0) AS handle_seconds,
    count(*) FILTER (WHERE a.assigned_at IS NOT NULL AND a.fallback IS NOT NULL) AS answered_by_fallback
FROM unnest(@starts::timestamptz[], @ends::timestamptz[]) AS p(start_at, end_at)
JOIN reporting.appeals a ON a.queued_at >= p.start_at AND a.queued_at < p.end_at
CROSS JOIN LATERAL (VALUES {groupings}) AS g(grouping, grp)
LEFT JOIN unnest(@priorities::text[], @targets::interval[]) AS t(priority, target) ON t.priority = a.priority
GROUP BY p.start_at, g.grouping, g.grp
