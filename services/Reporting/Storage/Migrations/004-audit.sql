-- Who made a change: the supervisor or admin whose action an event announces, or who tried to sign in.
-- The events with an actor are the audit trail.
ALTER TABLE reporting.events ADD COLUMN actor text;
CREATE INDEX events_audit ON reporting.events (occurred_at) WHERE actor IS NOT NULL;
