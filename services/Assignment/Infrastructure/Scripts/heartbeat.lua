-- ARGV: prefix, now, operator id.
-- Keeps an operator at work; one who is offline or in a shelter has no heartbeat to keep.
local op = ARGV[3]
local o = operator_key(op)
if redis.call('EXISTS', o) == 0 or redis.call('HGET', o, 'removed') == '1' then return refused('unknown_operator') end
redis.call('ZADD', P .. 'heartbeats', 'XX', NOW, op)
return result()
