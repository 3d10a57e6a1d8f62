-- The appeals received in each piece of time (@starts[n] to @ends[n]), per grouping and group: how many, how many
-- were repeats, how many were called back. Kept per quarter as queue-figures.sql is; the columns are the table's.
SELECT p.start_at, g.grouping, g.grp,
    count(*) AS received,
    count(*) FILTER (WHERE a.repeat_of IS NOT NULL) AS repeat_contacts,
    count(*) FILTER (WHERE a.callback_scheduled_at IS NOT NULL) AS callbacks_scheduled,
    count(*) FILTER (WHERE a.callback_scheduled_at IS NOT NULL AND a.assigned_at IS NOT NULL) AS callbacks_done
FROM unnest(@starts::timestamptz[], @ends::timestamptz[]) AS p(start_at, end_at)
JOIN reporting.appeals a ON a.received_at >= p.start_at AND a.received_at < p.end_at
CROSS JOIN LATERAL (VALUES {groupings}) AS g(grouping, grp)
GROUP BY p.start_at, g.grouping, g.grp
