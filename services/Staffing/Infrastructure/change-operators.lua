-- Adds, replaces or removes operators and writes an outbox entry for each, in one step: all of them, or none
-- when any operator is no longer as the change found it.
-- KEYS[1] the roster, KEYS[2] the outbox
-- ARGV[1] message type, ARGV[2] the entries' origin (Outbox.Origin), then per operator: id, the operator as the change found it
-- ('' when not on the roster), the operator after the change ('' removes it), message body.
-- Returns 1 when changed, 0 when the roster no longer holds what the change found.
local ORIGIN = cjson.decode(ARGV[2])
for i = 3, #ARGV, 4 do
  if (redis.call('HGET', KEYS[1], ARGV[i]) or '') ~= ARGV[i + 1] then
    return 0
  end
end
-- Redis keeps a script's earlier writes when a later command fails, so the entries go first: should the
-- outbox refuse one, it refuses the first and nothing has changed.
for i = 3, #ARGV, 4 do
  redis.call('XADD', KEYS[2], '*', 'type', ARGV[1], 'body', ARGV[i + 3], unpack(ORIGIN))
end
for i = 3, #ARGV, 4 do
  if ARGV[i + 2] == '' then
    redis.call('HDEL', KEYS[1], ARGV[i])
  else
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 2])
  end
end
return 1
