-- KEYS: the set of appeals counted for this stage, the counts hash.
-- ARGV: appeal id, then the counters to increment.
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then
  return 0
end
for i = 2, #ARGV do
  redis.call('HINCRBY', KEYS[2], ARGV[i], 1)
end
return 1
