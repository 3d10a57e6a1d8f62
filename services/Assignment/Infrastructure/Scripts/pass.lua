-- ARGV: prefix, now, operator id, appeal id, 'declined' or 'timed_out', timeouts in a row that mean a break.
-- The operator passes on an offer, by declining it or letting it lapse; the appeal goes back to its queue.
local op, id, kind, max_timeouts = ARGV[3], ARGV[4], ARGV[5], tonumber(ARGV[6])
local a = appeal_key(id)
if redis.call('HGET', a, 'state') ~= 'offered' or redis.call('HGET', a, 'operator') ~= op then
  return refused('no_offer')
end
if kind == 'timed_out' and tonumber(redis.call('HGET', a, 'expiresAt')) > NOW then return refused('offer_open') end

local offer_id = redis.call('HGET', a, 'offerId')
change({ kind = kind, appealId = id, operatorId = op, offerId = offer_id })
requeue(id, kind)

local o = operator_key(op)
if kind == 'timed_out' and redis.call('HINCRBY', o, 'timeouts', 1) >= max_timeouts then
  redis.call('HSET', o, 'timeouts', 0)
  set_presence(op, 'break', 'offers_timed_out')
  return result()
end
if kind == 'declined' then redis.call('HSET', o, 'timeouts', 0) end
if redis.call('HGET', o, 'presence') == 'available' then
  redis.call('ZADD', P .. 'available', redis.call('HGET', o, 'idleSince'), op)
end
return result()
