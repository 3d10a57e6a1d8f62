-- A quarter's waits kept as bytes: its answered appeals' waits in whole microseconds, sorted, each an int8 as int8send
-- writes it (8 bytes, most significant first). PostgreSQL sends a float8[] element by element and a bytea as it is;
-- a month of intervals reads a million waits, and most of its time went to sending and parsing them one by one.
-- The kept quarters are emptied and the settings forgotten, so the service counts every quarter again as it starts.
TRUNCATE reporting.queue_quarters, reporting.arrival_quarters;
ALTER TABLE reporting.queue_quarters ALTER COLUMN waits TYPE bytea USING ''::bytea;
DELETE FROM reporting.quarter_settings;
