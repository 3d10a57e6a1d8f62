-- ARGV: prefix, now, appeal id, operator id ('' for whoever holds it), wrap-up ms.
-- The operator finished with the appeal; they get their wrap-up time before the next one.
local id, by, wrap_up = ARGV[3], ARGV[4], tonumber(ARGV[5])
local a = appeal_key(id)
local state = redis.call('HGET', a, 'state')
if not state then return refused('unknown_appeal') end
if state == 'resolved' then return refused('already_resolved') end
if state ~= 'assigned' then return refused('not_assigned') end
local op = redis.call('HGET', a, 'operator')
if by ~= '' and by ~= op then return refused('other_operator') end

redis.call('HSET', a, 'state', 'resolved', 'resolvedAt', NOW)
redis.call('EXPIRE', a, FINAL_RECORD_SECONDS)
redis.call('LPUSH', P .. 'handle-times', NOW - tonumber(redis.call('HGET', a, 'assignedAt')))
redis.call('LTRIM', P .. 'handle-times', 0, 199)
redis.call('HDEL', operator_key(op), 'appeal')
change({ kind = 'resolved', appealId = id, operatorId = op, category = redis.call('HGET', a, 'category') })
if wrap_up > 0 then
  set_presence(op, 'wrap_up', 'resolved')
  redis.call('ZADD', P .. 'wrapups', NOW + wrap_up, op)
else
  set_presence(op, 'available', 'resolved')
end
return result()
