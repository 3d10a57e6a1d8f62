-- KEYS: 11 the appeal.
-- ARGV: 4 appeal id, 5 operator id, 6 wrap-up (ms), 7 resolution, 8 notes ('' for none),
--       9 the category the operator found ('' to keep the classifier's).
-- The operator finished with the appeal; they get their wrap-up time before the next one.
local id, by, wrap_up, resolution, notes, found = ARGV[4], ARGV[5], tonumber(ARGV[6]), ARGV[7], ARGV[8], ARGV[9]
local a = KEYS[11]
local state = redis.call('HGET', a, 'state')
if not state then return refused('unknown_appeal') end
if state == RESOLVED then return refused('already_resolved') end
if state ~= ASSIGNED then return refused('not_assigned') end
local op = redis.call('HGET', a, 'operator')
if by ~= op then return refused('other_operator') end

local category = redis.call('HGET', a, 'category')
redis.call('HSET', a, 'state', RESOLVED, 'resolvedAt', NOW)
redis.call('EXPIRE', a, FINAL_RECORD_SECONDS)
redis.call('LPUSH', HANDLE_TIMES_KEY, NOW - tonumber(redis.call('HGET', a, 'assignedAt')))
redis.call('LTRIM', HANDLE_TIMES_KEY, 0, 199)
redis.call('HDEL', operator_key(op), 'appeal')
change({ kind = 'resolved', appealId = id, operatorId = op, category = category, resolution = resolution,
  notes = notes ~= '' and notes or nil, correctedCategory = (found ~= '' and found ~= category) and found or nil })
if wrap_up > 0 then
  set_presence(op, WRAP_UP, 'resolved')
  redis.call('ZADD', WRAPUPS_KEY, NOW + wrap_up, op)
else
  set_presence(op, AVAILABLE, 'resolved')
end
return result()
