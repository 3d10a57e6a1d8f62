-- ARGV: prefix, now, appeal id.
-- The citizen left before an operator answered. An appeal not seen yet is remembered as abandoned so
-- that its categorization, arriving later, does not queue it.
local id = ARGV[3]
local a = appeal_key(id)
local state = redis.call('HGET', a, 'state')
if state == 'queued' then
  redis.call('ZREM', queue_key(redis.call('HGET', a, 'queue')), id)
elseif state == 'callback_scheduled' then
  redis.call('ZREM', P .. 'callbacks', id)
elseif state == 'offered' then
  local op = redis.call('HGET', a, 'operator')
  local o = operator_key(op)
  redis.call('ZREM', P .. 'offers', id)
  redis.call('HDEL', o, 'offer')
  if redis.call('HGET', o, 'presence') == 'available' then
    redis.call('ZADD', P .. 'available', redis.call('HGET', o, 'idleSince'), op)
  end
  change({ kind = 'withdrawn', appealId = id, operatorId = op, reason = 'abandoned' })
elseif state then
  return result()
end
redis.call('HSET', a, 'state', 'abandoned')
redis.call('EXPIRE', a, FINAL_RECORD_SECONDS)
return result()
