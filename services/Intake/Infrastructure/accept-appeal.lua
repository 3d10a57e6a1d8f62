-- Stores a new appeal and its outbox entry in one step: either all of it is written or none.
-- KEYS: 1 appeal, 2 timeline, 3 all appeals by arrival, 4 index of received appeals, 5 outbox,
--       6 idempotency key, 7 call key, 8 caller's recent appeals, 9 stats.
-- ARGV: 1 id, 2 arrival (ms), 3 request fingerprint ('' without an Idempotency-Key), 4 idempotency ttl (s),
--       5 call ttl (s) ('' when not a call), 6 repeat window (ms) ('' without a phone), 7 repeat of ('' if none),
--       8 message type, 9 message body, 10 the entry's origin (Outbox.Origin), 11 timeline entry, 12.. appeal fields.
-- Returns {'created', id}, {'replay', fingerprint, id} for a key seen before, or {'call', id} for a call reported before.
if ARGV[3] ~= '' then
  local previous = redis.call('GET', KEYS[6])
  if previous then
    local separator = string.find(previous, '|', 1, true)
    return {'replay', string.sub(previous, 1, separator - 1), string.sub(previous, separator + 1)}
  end
end
if ARGV[5] ~= '' then
  local previous = redis.call('GET', KEYS[7])
  if previous then
    return {'call', previous}
  end
end

local id, arrival = ARGV[1], tonumber(ARGV[2])
local fields = {}
for i = 12, #ARGV do
  fields[#fields + 1] = ARGV[i]
end
redis.call('HSET', KEYS[1], unpack(fields))
redis.call('ZADD', KEYS[2], arrival, ARGV[11])
redis.call('ZADD', KEYS[3], arrival, id)
redis.call('ZADD', KEYS[4], arrival, id)
redis.call('XADD', KEYS[5], '*', 'type', ARGV[8], 'body', ARGV[9], unpack(cjson.decode(ARGV[10])))
if ARGV[3] ~= '' then
  redis.call('SET', KEYS[6], ARGV[3] .. '|' .. id, 'EX', ARGV[4])
end
if ARGV[5] ~= '' then
  redis.call('SET', KEYS[7], id, 'EX', ARGV[5])
end
if ARGV[6] ~= '' then
  redis.call('ZADD', KEYS[8], arrival, id)
  redis.call('ZREMRANGEBYSCORE', KEYS[8], '-inf', arrival - tonumber(ARGV[6]))
  redis.call('PEXPIRE', KEYS[8], ARGV[6])
end
if ARGV[7] ~= '' then
  redis.call('HINCRBY', KEYS[9], 'repeatContacts', 1)
end
return {'created', id}
