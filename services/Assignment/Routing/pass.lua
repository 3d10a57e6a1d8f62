-- KEYS: 11 the appeal, 12 the operator.
-- ARGV: 4 operator id, 5 appeal id, 6 'declined' or 'timed_out', 7 timeouts in a row that mean a break.
-- The operator passes on an offer, by declining it or letting it lapse; the appeal goes back to its queue.
local op, id, kind, max_timeouts = ARGV[4], ARGV[5], ARGV[6], tonumber(ARGV[7])
local a, o = KEYS[11], KEYS[12]
if redis.call('HGET', a, 'state') ~= OFFERED or redis.call('HGET', a, 'operator') ~= op then
  return refused('no_offer')
end
if kind == 'timed_out' and tonumber(redis.call('HGET', a, 'expiresAt')) > NOW then return refused('offer_open') end

change({ kind = kind, appealId = id, operatorId = op, offerId = redis.call('HGET', a, 'offerId') })
requeue(id, kind)

if kind == 'timed_out' and redis.call('HINCRBY', o, 'timeouts', 1) >= max_timeouts then
  redis.call('HSET', o, 'timeouts', 0)
  set_presence(op, BREAK, 'offers_timed_out')
  return result()
end
if kind == 'declined' then redis.call('HSET', o, 'timeouts', 0) end
free_again(op)
return result()
