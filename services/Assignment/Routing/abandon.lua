-- KEYS: 11 the appeal. ARGV: 4 appeal id.
-- The citizen left before an operator answered. An appeal not seen yet is remembered as abandoned so
-- that its categorization, arriving later, does not queue it.
local id, a = ARGV[4], KEYS[11]
local state = redis.call('HGET', a, 'state')
if state == QUEUED then
  redis.call('ZREM', queue_key(redis.call('HGET', a, 'queue')), id)
elseif state == CALLBACK_SCHEDULED then
  redis.call('ZREM', CALLBACKS_KEY, id)
elseif state == OFFERED then
  local op = redis.call('HGET', a, 'operator')
  redis.call('ZREM', OFFERS_KEY, id)
  redis.call('HDEL', operator_key(op), 'offer')
  free_again(op)
  change({ kind = 'withdrawn', appealId = id, operatorId = op, reason = 'abandoned' })
elseif state then
  return result()
end
redis.call('HSET', a, 'state', ABANDONED)
redis.call('EXPIRE', a, FINAL_RECORD_SECONDS)
return result()
