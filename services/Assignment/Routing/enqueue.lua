-- KEYS: 11 the appeal, 12 its queue.
-- ARGV: 4 appeal id, 5 queue, 6 score, 7 priority, 8 category, 9 channel, 10 received at,
--       11 callback window start ('' to queue now), 12 callback window end.
-- An appeal seen before changes nothing: a redelivered message finds its events written the first time.
local id, queue, score, priority = ARGV[4], ARGV[5], ARGV[6], ARGV[7]
local callback_at, callback_end = ARGV[11], ARGV[12]
local a = KEYS[11]
if redis.call('EXISTS', a) == 1 then return result() end

redis.call('HSET', a, 'queue', queue, 'score', score, 'priority', priority, 'category', ARGV[8],
  'channel', ARGV[9], 'receivedAt', ARGV[10], 'queuedAt', NOW)
redis.call('SADD', QUEUES_KEY, queue)
if callback_at ~= '' then
  redis.call('HSET', a, 'state', CALLBACK_SCHEDULED, 'callbackAt', callback_at, 'callbackEnd', callback_end)
  redis.call('ZADD', CALLBACKS_KEY, callback_at, id)
  change({ kind = 'callback', appealId = id, windowStart = tonumber(callback_at), windowEnd = tonumber(callback_end) })
else
  redis.call('HSET', a, 'state', QUEUED)
  redis.call('ZADD', KEYS[12], score, id)
  change({ kind = 'queued', appealId = id, queue = queue, priority = priority, receivedAt = tonumber(ARGV[10]) })
end
return result()
