-- The figures of each quarter hour, per grouping and group, kept as appeals settle: a month of intervals then reads
-- some thirty thousand of these rows instead of a million appeal rows. Each holds what queue-figures.sql and
-- arrival-figures.sql give for the quarter; a quarter is 15 minutes from a UTC quarter hour, which is also Kyiv's.
CREATE TABLE reporting.queue_quarters (
    quarter timestamptz NOT NULL,
    grouping text NOT NULL,
    grp text,
    offered bigint NOT NULL,
    answered bigint NOT NULL,
    abandoned bigint NOT NULL,
    short_abandoned bigint NOT NULL,
    answered_in_threshold bigint NOT NULL,
    answered_in_target bigint NOT NULL,
    waits float8[] NOT NULL,
    handled bigint NOT NULL,
    handle_seconds numeric NOT NULL,
    answered_by_fallback bigint NOT NULL
);
CREATE INDEX queue_quarters_by_time ON reporting.queue_quarters (grouping, quarter);
CREATE INDEX queue_quarters_of ON reporting.queue_quarters (quarter);

CREATE TABLE reporting.arrival_quarters (
    quarter timestamptz NOT NULL,
    grouping text NOT NULL,
    grp text,
    received bigint NOT NULL,
    repeat_contacts bigint NOT NULL,
    callbacks_scheduled bigint NOT NULL,
    callbacks_done bigint NOT NULL
);
CREATE INDEX arrival_quarters_by_time ON reporting.arrival_quarters (grouping, quarter);
CREATE INDEX arrival_quarters_of ON reporting.arrival_quarters (quarter);

-- Quarters whose appeals changed in the transaction that is writing; it empties them again before it commits.
CREATE TABLE reporting.stale_quarters (quarter timestamptz PRIMARY KEY);

-- The counting settings the quarters were computed with (ReportingOptions); when they change, every quarter is computed again.
CREATE TABLE reporting.quarter_settings (settings text NOT NULL);

CREATE FUNCTION reporting.quarter(at timestamptz) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN date_bin(interval '15 minutes', at, timestamptz '2000-01-01 00:00:00+00');
