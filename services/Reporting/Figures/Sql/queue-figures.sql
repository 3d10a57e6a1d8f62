-- What became of the appeals that reached a queue in each interval, per group; waits are counted from the queue.
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
FROM unnest(@starts::timestamptz[], @ends::timestamptz[]) AS b(start_at, end_at)
JOIN reporting.appeals a ON a.queued_at >= b.start_at AND a.queued_at < b.end_at
LEFT JOIN unnest(@priorities::text[], @targets::interval[]) AS t(priority, target) ON t.priority = a.priority
GROUP BY b.start_at, grp;
