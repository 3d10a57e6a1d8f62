-- Records what an event says of an appeal. The timeline keeps every event once; the status follows
-- the latest event, the rank breaking ties of the same instant; a final status (resolved, abandoned)
-- wins over any other whenever it arrives, and then never changes.
-- KEYS: 1 appeal, 2 timeline.
-- ARGV: 1 status, 2 rank, 3 time (ms), 4 time (ISO 8601), 5 timeline entry, 6 status index prefix,
--       7 number of fact pairs that hold whatever the status, then those pairs, then pairs that come with the status.
if redis.call('EXISTS', KEYS[1]) == 0 then
  return -1
end
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[5])

local always = tonumber(ARGV[7])
local first = 8
for i = first, first + always * 2 - 1, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end

local function is_final(s) return s == 'resolved' or s == 'abandoned' end

local current = redis.call('HMGET', KEYS[1], 'status', 'statusRank', 'statusAt', 'arrival')
local status, rank, at = current[1], tonumber(current[2]), tonumber(current[3])
local newRank, newAt = tonumber(ARGV[2]), tonumber(ARGV[3])
if is_final(status) then
  return 0
end
if not is_final(ARGV[1]) and (newAt < at or (newAt == at and newRank <= rank)) then
  return 0
end

redis.call('HSET', KEYS[1], 'status', ARGV[1], 'statusRank', ARGV[2], 'statusAt', ARGV[3], 'updatedAt', ARGV[4])
for i = first + always * 2, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
local id = string.match(KEYS[1], '([^:]+)$')
redis.call('ZREM', ARGV[6] .. status, id)
redis.call('ZADD', ARGV[6] .. ARGV[1], current[4], id)
return 1
