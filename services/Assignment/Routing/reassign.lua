-- KEYS: 11 the appeal, 12 the operator to take it. ARGV: 4 appeal id, 5 operator id, 6 offer timeout (ms), 7 id for the new offer.
-- A supervisor gives an appeal to a named operator who is free: taken from whoever has it, and offered to them at once.
local id, op, offer_timeout, offer_id = ARGV[4], ARGV[5], tonumber(ARGV[6]), ARGV[7]
local a, o = KEYS[11], KEYS[12]
local state = redis.call('HGET', a, 'state')
if not state then return refused('unknown_appeal') end
if state ~= QUEUED and state ~= OFFERED and state ~= ASSIGNED then return refused('not_routable') end
if redis.call('EXISTS', o) == 0 then return refused('unknown_operator') end
if redis.call('HGET', a, 'operator') == op then return refused('already_theirs') end
if redis.call('HGET', o, 'presence') ~= AVAILABLE or redis.call('HEXISTS', o, 'offer') == 1 or redis.call('HEXISTS', o, 'appeal') == 1 then
  return refused('operator_not_free')
end
if state ~= QUEUED then take_back(id, 'supervisor_reassigned') end
offer(id, redis.call('HGET', a, 'queue'), op, offer_id, NOW + offer_timeout, nil)
return result()
