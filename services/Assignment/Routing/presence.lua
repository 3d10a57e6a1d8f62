-- KEYS: 11 the operator.
-- ARGV: 4 operator id, 5 presence, 6 reason, 7 only from this presence ('' for any),
--       8 heartbeat older than this ('' for any), 9 '1' when the operator is alive (their own request).
-- An operator who goes offline, to a shelter or on a break hands back an offer; offline or in a
-- shelter, also the appeal they hold.
local op, presence, reason, only_from, stale_before, alive = ARGV[4], ARGV[5], ARGV[6], ARGV[7], ARGV[8], ARGV[9]
local o = KEYS[11]
if redis.call('EXISTS', o) == 0 or redis.call('HGET', o, 'removed') == '1' then return refused('unknown_operator') end
local current = redis.call('HGET', o, 'presence')
if only_from ~= '' and current ~= only_from then return result() end
if stale_before ~= '' then
  local beat = redis.call('ZSCORE', HEARTBEATS_KEY, op)
  if not beat or tonumber(beat) >= tonumber(stale_before) then return result() end
end

if current ~= presence then
  local holds = redis.call('HEXISTS', o, 'appeal') == 1
  if holds and (presence == BREAK or presence == AVAILABLE) then return refused('holds_appeal') end
  if presence == OFFLINE or presence == SHELTER or presence == BREAK then release(op, reason) end
  if presence == SHELTER then redis.call('HDEL', o, 'beforeShelter') end
  set_presence(op, presence, reason)
end
if alive == '1' and presence ~= OFFLINE and presence ~= SHELTER then
  redis.call('ZADD', HEARTBEATS_KEY, NOW, op)
end
return result()
