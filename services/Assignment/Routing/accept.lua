-- KEYS: 11 the appeal, 12 the operator. ARGV: 4 operator id, 5 appeal id.
-- The operator takes the appeal offered to them, while the offer stands.
local op, id, a, o = ARGV[4], ARGV[5], KEYS[11], KEYS[12]
if redis.call('HGET', a, 'state') ~= OFFERED or redis.call('HGET', a, 'operator') ~= op then
  return refused('no_offer')
end
if tonumber(redis.call('HGET', a, 'expiresAt')) <= NOW then return refused('offer_expired') end
if redis.call('HEXISTS', o, 'appeal') == 1 then return refused('holds_appeal') end

redis.call('ZREM', OFFERS_KEY, id)
redis.call('HSET', a, 'state', ASSIGNED, 'assignedAt', NOW)
redis.call('DEL', a .. ':passed')
redis.call('HDEL', o, 'offer')
redis.call('HSET', o, 'appeal', id, 'timeouts', 0)
set_presence(op, BUSY, 'accepted')
local fallback = redis.call('HGET', a, 'fallback')
change({ kind = 'assigned', appealId = id, operatorId = op, fallback = fallback ~= '' and fallback or nil })
return result()
