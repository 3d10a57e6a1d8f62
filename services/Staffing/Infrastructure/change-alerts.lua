-- Ends an alert, starts one, or both (an end that leaves oblasts under alert starts them as a new alert),
-- with an outbox entry for each, in one step.
-- KEYS[1] the alerts in force, KEYS[2] the outbox
-- ARGV[1] message type, ARGV[2] the entries' origin (Outbox.Origin),
-- ARGV[3] id of the alert that ends ('' if none), ARGV[4] its end message,
-- ARGV[5] id of the alert that starts ('' if none), ARGV[6] the alert, ARGV[7] its start message
-- Returns 1 when changed, 0 (changing nothing) when the alert to end is no longer in force or the one to start already is.
local ends, starts = ARGV[3] ~= '', ARGV[5] ~= ''
if (ends and redis.call('HEXISTS', KEYS[1], ARGV[3]) == 0) or (starts and redis.call('HEXISTS', KEYS[1], ARGV[5]) == 1) then
  return 0
end
-- Redis keeps a script's earlier writes when a later command fails, so the entries go first: should the
-- outbox refuse one, it refuses the first and nothing has changed.
if ends then
  redis.call('XADD', KEYS[2], '*', 'type', ARGV[1], 'body', ARGV[4], unpack(cjson.decode(ARGV[2])))
end
if starts then
  redis.call('XADD', KEYS[2], '*', 'type', ARGV[1], 'body', ARGV[7], unpack(cjson.decode(ARGV[2])))
end
if ends then
  redis.call('HDEL', KEYS[1], ARGV[3])
end
if starts then
  redis.call('HSET', KEYS[1], ARGV[5], ARGV[6])
end
return 1
