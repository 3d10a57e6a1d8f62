-- Counts an appeal in its hour once, however often its message is delivered.
-- KEYS[1] the appeal's counted marker, KEYS[2] the hour's count, KEYS[3] the day the history starts
-- ARGV[1] seconds the marker lives, ARGV[2] seconds the hour's count lives, ARGV[3] the appeal's Kyiv day (yyyy-MM-dd)
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  return 0
end
redis.call('INCR', KEYS[2])
redis.call('EXPIRE', KEYS[2], ARGV[2])
local since = redis.call('GET', KEYS[3])
if not since or ARGV[3] < since then
  redis.call('SET', KEYS[3], ARGV[3])
end
return 1
