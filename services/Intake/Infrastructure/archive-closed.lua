-- Archives a batch of the appeals that closed before a time: Reporting keeps their full record, so here
-- each one's hash, timeline and every index entry and key that names it go, in this one atomic step,
-- and only its tombstone stays, scored by the time it closed.
-- KEYS: 1 closed appeals, 2 archived appeals (tombstones), 3 all appeals by arrival.
-- ARGV: 1 closed before (ms, exclusive), 2 batch size, 3 appeal key prefix, 4 timeline key suffix,
--       5 status index prefix, 6 category index prefix, 7 caller's recent appeals prefix, 8 call key prefix,
--       9 idempotency key prefix.
-- Keys made from a prefix share the hash tag of KEYS, and so their slot.
-- Returns {taken, archived}: the closed appeals the batch took, and how many of them it archived.
local due = redis.call('ZRANGE', KEYS[1], '-inf', '(' .. ARGV[1], 'BYSCORE', 'LIMIT', 0, tonumber(ARGV[2]), 'WITHSCORES')

local function is_final(s) return s == 'resolved' or s == 'abandoned' end

local archived = 0
for i = 1, #due, 2 do
  local id, closedAt = due[i], due[i + 1]
  local appeal = ARGV[3] .. id
  local f = redis.call('HMGET', appeal, 'status', 'category', 'phone', 'callId', 'idempotencyKey')
  if f[1] and not is_final(f[1]) then
    -- Only a closed appeal is archived; an entry for one that is open (no script writes such) is dropped.
    redis.call('ZREM', KEYS[1], id)
  else
    if f[1] then
      redis.call('ZREM', ARGV[5] .. f[1], id)
    end
    if f[2] then
      redis.call('ZREM', ARGV[6] .. f[2], id)
    end
    if f[3] then
      redis.call('ZREM', ARGV[7] .. f[3], id)
    end
    -- A call or an Idempotency-Key that now names another appeal is that appeal's.
    if f[4] and redis.call('GET', ARGV[8] .. f[4]) == id then
      redis.call('DEL', ARGV[8] .. f[4])
    end
    if f[5] then
      local first = redis.call('GET', ARGV[9] .. f[5])
      if first and string.sub(first, -(#id + 1)) == '|' .. id then
        redis.call('DEL', ARGV[9] .. f[5])
      end
    end
    redis.call('DEL', appeal, appeal .. ARGV[4])
    redis.call('ZREM', KEYS[3], id)
    redis.call('ZREM', KEYS[1], id)
    redis.call('ZADD', KEYS[2], closedAt, id)
    archived = archived + 1
  end
end
return {#due / 2, archived}
