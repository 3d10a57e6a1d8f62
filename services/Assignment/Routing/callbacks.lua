-- ARGV: 4 how many at most.
-- Callbacks whose time has come join their queue at their original priority and arrival time.
for _, id in ipairs(redis.call('ZRANGEBYSCORE', CALLBACKS_KEY, '-inf', NOW, 'LIMIT', 0, tonumber(ARGV[4]))) do
  redis.call('ZREM', CALLBACKS_KEY, id)
  local a = appeal_key(id)
  if redis.call('HGET', a, 'state') == CALLBACK_SCHEDULED then
    local queue = redis.call('HGET', a, 'queue')
    redis.call('HSET', a, 'state', QUEUED, 'queuedAt', NOW)
    redis.call('ZADD', queue_key(queue), redis.call('HGET', a, 'score'), id)
    change({ kind = 'queued', appealId = id, queue = queue, priority = redis.call('HGET', a, 'priority'),
      receivedAt = tonumber(redis.call('HGET', a, 'receivedAt')) })
  end
end
return result()
