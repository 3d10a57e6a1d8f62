-- KEYS[1]: the appeal hash. ARGV: status, its rank, time, then field/value pairs to record.
-- The facts are recorded whatever the order of arrival; the status only ever moves forward.
if redis.call('EXISTS', KEYS[1]) == 0 then
  return -1
end
for i = 4, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
local current = tonumber(redis.call('HGET', KEYS[1], 'statusRank'))
if current ~= nil and tonumber(ARGV[2]) <= current then
  return 0
end
redis.call('HSET', KEYS[1], 'status', ARGV[1], 'statusRank', ARGV[2], 'updatedAt', ARGV[3])
return 1
