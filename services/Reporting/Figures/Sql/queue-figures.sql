-- What became of the appeals that reached a queue in each interval, per group; waits are counted from the queue.
-- The intervals are in order and do not overlap, so one pass over the period's appeals finds each one's interval
-- (width_bucket: the last that starts at or before it). Joined to the intervals by range instead, the planner,
-- misjudging how many appeals each holds, compared every appeal with every interval: 50 s for a month by hour.
SELECT b.start_at, {group} AS grp,
    count(*) AS offered,
    count(*) FILTER (WHERE a.assigned_at IS NOT NULL) AS answered,
    count(*) FILTER (WHERE a.assigned_at IS NULL AND a.abandoned_at - a.queued_at >= @short_abandon) AS abandoned,
    count(*) FILTER (WHERE a.assigned_at IS NULL AND a.abandoned_at - a.queued_at < @short_abandon) AS short_abandoned,
    count(*) FILTER (WHERE a.assigned_at - a.queued_at <= @threshold) AS answered_in_threshold,
    count(*) FILTER (WHERE a.assigned_at - a.queued_at <= coalesce(t.target, @threshold)) AS answered_in_target,
    avg(extract(epoch FROM a.assigned_at - a.queued_at)) AS asa,
    percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.assigned_at - a.queued_at)) AS asa_p50,
    percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM a.assigned_at - a.queued_at)) AS asa_p90,
    avg(extract(epoch FROM a.resolved_at - a.assigned_at) + coalesce(a.wrap_up_seconds, 0)) AS aht,
    count(*) FILTER (WHERE a.assigned_at IS NOT NULL AND a.fallback IS NOT NULL) AS answered_by_fallback
FROM reporting.appeals a
CROSS JOIN LATERAL (SELECT width_bucket(a.queued_at, @starts::timestamptz[]) AS i) w
CROSS JOIN LATERAL (SELECT (@starts::timestamptz[])[w.i] AS start_at, (@ends::timestamptz[])[w.i] AS end_at) b
LEFT JOIN unnest(@priorities::text[], @targets::interval[]) AS t(priority, target) ON t.priority = a.priority
WHERE a.queued_at >= (@starts::timestamptz[])[1] AND a.queued_at < (@ends::timestamptz[])[cardinality(@ends::timestamptz[])]
  AND a.queued_at < b.end_at
GROUP BY b.start_at, grp;
