-- The appeals received in each interval, per group: how many, how many were repeats, how many were called back.
-- As in queue-figures.sql, one pass over the period's appeals finds each one's interval.
SELECT b.start_at, {group} AS grp,
    count(*) AS received,
    count(*) FILTER (WHERE a.repeat_of IS NOT NULL) AS repeat_contacts,
    count(*) FILTER (WHERE a.callback_scheduled_at IS NOT NULL) AS callbacks_scheduled,
    count(*) FILTER (WHERE a.callback_scheduled_at IS NOT NULL AND a.assigned_at IS NOT NULL) AS callbacks_done
FROM reporting.appeals a
CROSS JOIN LATERAL (SELECT width_bucket(a.received_at, @starts::timestamptz[]) AS i) w
CROSS JOIN LATERAL (SELECT (@starts::timestamptz[])[w.i] AS start_at, (@ends::timestamptz[])[w.i] AS end_at) b
WHERE a.received_at >= (@starts::timestamptz[])[1] AND a.received_at < (@ends::timestamptz[])[cardinality(@ends::timestamptz[])]
  AND a.received_at < b.end_at
GROUP BY b.start_at, grp;
