-- KEYS: 11 the operator. ARGV: 4 operator id.
-- Keeps an operator at work; one who is offline or in a shelter has no heartbeat to keep.
local op, o = ARGV[4], KEYS[11]
if redis.call('EXISTS', o) == 0 or redis.call('HGET', o, 'removed') == '1' then return refused('unknown_operator') end
redis.call('ZADD', HEARTBEATS_KEY, 'XX', NOW, op)
return result()
