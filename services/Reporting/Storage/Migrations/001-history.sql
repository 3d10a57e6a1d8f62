-- Every event as it came, once per message id: the record the other tables are rebuilt from.
CREATE TABLE reporting.events (
    message_id uuid PRIMARY KEY,
    type text NOT NULL,
    appeal_id uuid,
    operator_id text,
    occurred_at timestamptz NOT NULL,
    payload jsonb NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_by_appeal ON reporting.events (appeal_id, occurred_at) WHERE appeal_id IS NOT NULL;
CREATE INDEX events_by_occurrence ON reporting.events (occurred_at);
CREATE INDEX events_of_operators ON reporting.events (operator_id, occurred_at) WHERE type IN ('OperatorRosterChanged', 'RegionalAlertChanged');
CREATE INDEX events_alerts ON reporting.events (occurred_at) WHERE type = 'RegionalAlertChanged';

-- What an event says of an operator's state, ordered by time and then rank (presence after the offer it ends).
CREATE TABLE reporting.operator_states (
    message_id uuid PRIMARY KEY REFERENCES reporting.events,
    operator_id text NOT NULL,
    at timestamptz NOT NULL,
    rank smallint NOT NULL,
    state text NOT NULL,
    reason text NOT NULL
);
CREATE INDEX operator_states_by_time ON reporting.operator_states (operator_id, at);

-- One row per appeal: what the events of it say, whatever order they came in.
CREATE TABLE reporting.appeals (
    appeal_id uuid PRIMARY KEY,
    status text NOT NULL,
    channel text,
    region text,
    preferred_language text,
    repeat_of uuid,
    category text,
    corrected_category text,
    priority text,
    distress integer,
    language text,
    queue text,
    operator_id text,
    fallback text,
    resolution text,
    abandon_reason text,
    attempts integer NOT NULL,
    requeues integer NOT NULL,
    received_at timestamptz,
    categorized_at timestamptz,
    queued_at timestamptz,
    first_offered_at timestamptz,
    assigned_at timestamptz,
    resolved_at timestamptz,
    abandoned_at timestamptz,
    callback_scheduled_at timestamptz,
    callback_window_start timestamptz,
    callback_window_end timestamptz,
    -- The operator's wrap-up after resolving it, once that has ended.
    wrap_up_seconds numeric,
    -- Personal data, erased after Reporting:PersonalDataRetention; the figures stay.
    text text,
    name text,
    phone text,
    personal_data_erased_at timestamptz
);
CREATE INDEX appeals_by_queued ON reporting.appeals (queued_at)
    INCLUDE (channel, region, category, priority, queue, operator_id, fallback, assigned_at, resolved_at, abandoned_at, callback_scheduled_at);
CREATE INDEX appeals_by_received ON reporting.appeals (received_at);
CREATE INDEX appeals_waiting ON reporting.appeals (queued_at) WHERE status IN ('queued', 'offered');
-- The appeal a wrap-up span belongs to, the one its operator resolved as the span began: found for every batch of
-- spans laid out (project-spans.sql), which without it read every appeal row.
CREATE INDEX appeals_by_resolver ON reporting.appeals (operator_id, resolved_at) WHERE resolved_at IS NOT NULL;

-- One row per stretch of time an operator spent in one state; the last one of each operator is open.
CREATE TABLE reporting.operator_spans (
    operator_id text NOT NULL,
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    state text NOT NULL,
    reason text NOT NULL,
    PRIMARY KEY (operator_id, started_at)
);
CREATE INDEX operator_spans_by_time ON reporting.operator_spans USING gist (tstzrange(started_at, ended_at));
CREATE INDEX operator_spans_open ON reporting.operator_spans (state) WHERE ended_at IS NULL;
