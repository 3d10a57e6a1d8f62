-- The appeals received in each interval, per group: how many, how many were repeats, how many were called back.
SELECT b.start_at, {group} AS grp,
    count(*) AS received,
    count(*) FILTER (WHERE a.repeat_of IS NOT NULL) AS repeat_contacts,
    count(*) FILTER (WHERE a.callback_scheduled_at IS NOT NULL) AS callbacks_scheduled,
    count(*) FILTER (WHERE a.callback_scheduled_at IS NOT NULL AND a.assigned_at IS NOT NULL) AS callbacks_done
FROM unnest(@starts::timestamptz[], @ends::timestamptz[]) AS b(start_at, end_at)
JOIN reporting.appeals a ON a.received_at >= b.start_at AND a.received_at < b.end_at
GROUP BY b.start_at, grp;
