-- KEYS: the appeal's record, its queue, the set of queue names.
-- ARGV: appeal id, score, queue name, priority, time queued.
-- An appeal Assignment has seen before is left where it is: 0. Otherwise it is queued: 1.
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
redis.call('HSET', KEYS[1], 'queue', ARGV[3], 'priority', ARGV[4], 'state', 'queued', 'queuedAt', ARGV[5])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
redis.call('SADD', KEYS[3], ARGV[3])
return 1
