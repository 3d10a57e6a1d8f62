-- ARGV: prefix, now, appeal id, queue, score, priority, category, channel, received at,
--       callback window start ('' to queue now), callback window end.
-- An appeal seen before is not queued again; while it still waits, the same change is reported again
-- so that a redelivered message republishes what the first attempt may not have.
local id, queue, score, priority = ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local callback_at, callback_end = ARGV[10], ARGV[11]
local a = appeal_key(id)

local state = redis.call('HGET', a, 'state')
if not state then
  redis.call('HSET', a, 'queue', queue, 'score', score, 'priority', priority, 'category', ARGV[7],
    'channel', ARGV[8], 'receivedAt', ARGV[9], 'queuedAt', NOW)
  redis.call('SADD', P .. 'queues', queue)
  if callback_at ~= '' then
    redis.call('HSET', a, 'state', 'callback_scheduled', 'callbackAt', callback_at, 'callbackEnd', callback_end)
    redis.call('ZADD', P .. 'callbacks', callback_at, id)
  else
    redis.call('HSET', a, 'state', 'queued')
    redis.call('ZADD', queue_key(queue), score, id)
  end
  state = redis.call('HGET', a, 'state')
end

if state == 'queued' then
  change({ kind = 'queued', appealId = id, queue = redis.call('HGET', a, 'queue'), priority = priority,
    receivedAt = tonumber(redis.call('HGET', a, 'receivedAt')) })
elseif state == 'callback_scheduled' then
  change({ kind = 'callback', appealId = id, windowStart = tonumber(redis.call('HGET', a, 'callbackAt')),
    windowEnd = tonumber(redis.call('HGET', a, 'callbackEnd')) })
end
return result()
