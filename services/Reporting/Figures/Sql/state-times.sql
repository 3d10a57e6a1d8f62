-- Seconds operators spent in each state within each interval, per group (an operator, or the whole floor).
-- A span still open counts up to @now.
SELECT b.start_at, {group} AS grp, sp.state,
    sum(extract(epoch FROM least(coalesce(sp.ended_at, @now), b.end_at) - greatest(sp.started_at, b.start_at))) AS seconds
FROM unnest(@starts::timestamptz[], @ends::timestamptz[]) AS b(start_at, end_at)
JOIN reporting.operator_spans sp
    ON sp.started_at < b.end_at AND coalesce(sp.ended_at, @now) > b.start_at AND sp.started_at < @now
GROUP BY b.start_at, grp, sp.state;
