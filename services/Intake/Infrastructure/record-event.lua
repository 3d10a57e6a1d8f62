-- Records what an event says of an appeal. The timeline keeps every event once; the status follows
-- the latest event, the rank breaking ties of the same instant; a final status (resolved, abandoned)
-- wins over any other whenever it arrives, and then never changes. Closing an appeal adds it to the
-- closed appeals, scored by the time it closed, for the archiver to find when its live days are over.
-- An event for an appeal that is not here, or was archived, changes nothing: a late event never
-- brings back part of an archived appeal.
-- KEYS: 1 appeal, 2 timeline, 3 closed appeals, 4 archived appeals (tombstones).
-- ARGV: 1 status, 2 rank, 3 time (ms), 4 time (ISO 8601), 5 timeline entry, 6 status index prefix,
--       7 category index prefix, 8 number of fact pairs that hold whatever the status, then those pairs,
--       then pairs that come with the status.
-- Keys made from a prefix share the hash tag of KEYS, and so their slot.
local id = string.match(KEYS[1], '([^:]+)$')
if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('ZSCORE', KEYS[4], id) then
  return -1
end
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[5])

local current = redis.call('HMGET', KEYS[1], 'status', 'statusRank', 'statusAt', 'arrival', 'category')
local status, rank, at, arrival, category = current[1], tonumber(current[2]), tonumber(current[3]), current[4], current[5]

local always = tonumber(ARGV[8])
local first = 9
for i = first, first + always * 2 - 1, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
  if ARGV[i] == 'category' then
    -- The category index follows the category the appeal has, in the same step.
    if category and category ~= ARGV[i + 1] then
      redis.call('ZREM', ARGV[7] .. category, id)
    end
    redis.call('ZADD', ARGV[7] .. ARGV[i + 1], arrival, id)
    category = ARGV[i + 1]
  end
end

local function is_final(s) return s == 'resolved' or s == 'abandoned' end

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
redis.call('ZREM', ARGV[6] .. status, id)
redis.call('ZADD', ARGV[6] .. ARGV[1], arrival, id)
if is_final(ARGV[1]) then
  redis.call('ZADD', KEYS[3], ARGV[3], id)
end
return 1
