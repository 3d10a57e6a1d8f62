-- ARGV: prefix, now, operator id, appeal id.
-- The operator takes the appeal offered to them, while the offer stands.
local op, id = ARGV[3], ARGV[4]
local a = appeal_key(id)
if redis.call('HGET', a, 'state') ~= 'offered' or redis.call('HGET', a, 'operator') ~= op then
  return refused('no_offer')
end
if tonumber(redis.call('HGET', a, 'expiresAt')) <= NOW then return refused('offer_expired') end

local o = operator_key(op)
if redis.call('HEXISTS', o, 'appeal') == 1 then return refused('holds_appeal') end

redis.call('ZREM', P .. 'offers', id)
redis.call('HSET', a, 'state', 'assigned', 'assignedAt', NOW)
redis.call('DEL', a .. ':passed')
redis.call('HDEL', o, 'offer')
redis.call('HSET', o, 'appeal', id, 'timeouts', 0)
set_presence(op, 'busy', 'accepted')
local fallback = redis.call('HGET', a, 'fallback')
change({ kind = 'assigned', appealId = id, operatorId = op, fallback = fallback ~= '' and fallback or nil })
return result()
