-- Seconds operators spent in each state within each interval, per group (an operator, or the whole floor).
-- The intervals are contiguous: @starts[n] is the start of interval n, and a span's share of the period falls in
-- the intervals width_bucket finds for its first and last instant. A span still open counts up to @now.
WITH clipped AS (
    SELECT sp.operator_id, sp.state,
           greatest(sp.started_at, @starts[1]) AS from_at,
           least(coalesce(sp.ended_at, @now), @ends[cardinality(@ends)]) AS to_at
    FROM reporting.operator_spans sp
    WHERE tstzrange(sp.started_at, sp.ended_at) && tstzrange(@starts[1], @ends[cardinality(@ends)])
)
SELECT @starts[n] AS start_at, {group} AS grp, sp.state,
    sum(extract(epoch FROM least(sp.to_at, @ends[n]) - greatest(sp.from_at, @starts[n]))) AS seconds
FROM clipped sp
CROSS JOIN LATERAL generate_series(width_bucket(sp.from_at, @starts), width_bucket(sp.to_at - interval '1 microsecond', @starts)) AS n
WHERE sp.to_at > sp.from_at
GROUP BY n, grp, sp.state;
