-- The part every routing script begins with: the keys, the record of what changed, and the
-- moves several scripts make. Scripts build keys from ARGV[1], the key prefix, because which
-- operator or queue they touch is decided inside the script.
local P = ARGV[1]
local NOW = tonumber(ARGV[2])
local changes = {}

local function appeal_key(id) return P .. 'appeal:' .. id end
local function operator_key(id) return P .. 'operator:' .. id end
local function queue_key(name) return P .. 'queue:' .. name end

local function change(record) changes[#changes + 1] = record end

local function result()
  if #changes == 0 then return '[]' end
  return cjson.encode(changes)
end

local function refused(reason)
  return cjson.encode({ { kind = 'refused', reason = reason } })
end

local WORKING = { available = true, busy = true, wrap_up = true }

-- Moves an operator to a presence and keeps the routing indexes in step with it.
local function set_presence(op, presence, reason)
  local o = operator_key(op)
  local previous = redis.call('HGET', o, 'presence') or 'offline'
  if previous == presence then return end
  redis.call('HSET', o, 'presence', presence, 'since', NOW)
  if presence == 'available' then
    redis.call('HSET', o, 'idleSince', NOW)
    redis.call('ZADD', P .. 'available', NOW, op)
  else
    redis.call('ZREM', P .. 'available', op)
  end
  if WORKING[presence] then
    redis.call('SADD', P .. 'working', op)
  else
    redis.call('SREM', P .. 'working', op)
  end
  if presence == 'offline' or presence == 'shelter' then
    redis.call('ZREM', P .. 'heartbeats', op)
  else
    redis.call('ZADD', P .. 'heartbeats', 'NX', NOW, op)
  end
  if presence ~= 'wrap_up' then redis.call('ZREM', P .. 'wrapups', op) end
  change({ kind = 'presence', operatorId = op, from = previous, to = presence, reason = reason })
end

-- Puts an offered or held appeal back in its queue with its original arrival time and priority, so
-- it stands ahead of every appeal that came after it. The operator who had it is not offered it again
-- until everyone else with the skills has passed on it.
local function requeue(id, reason)
  local a = appeal_key(id)
  local queue = redis.call('HGET', a, 'queue')
  local operator = redis.call('HGET', a, 'operator')
  redis.call('ZADD', queue_key(queue), redis.call('HGET', a, 'score'), id)
  redis.call('ZREM', P .. 'offers', id)
  redis.call('HSET', a, 'state', 'queued')
  redis.call('HDEL', a, 'operator', 'offerId', 'expiresAt', 'assignedAt')
  if operator then
    local o = operator_key(operator)
    if redis.call('HGET', o, 'offer') == id then redis.call('HDEL', o, 'offer') end
    if redis.call('HGET', o, 'appeal') == id then redis.call('HDEL', o, 'appeal') end
    redis.call('SADD', a .. ':passed', operator)
  end
  change({ kind = 'requeued', appealId = id, queue = queue, operatorId = operator or nil, reason = reason })
end

-- Frees whatever an operator who can no longer take appeals holds: an offer, an appeal in progress.
local function release(op, reason)
  local o = operator_key(op)
  local offer = redis.call('HGET', o, 'offer')
  if offer then requeue(offer, reason) end
  local held = redis.call('HGET', o, 'appeal')
  if held then requeue(held, reason) end
end

local FINAL_RECORD_SECONDS = 7 * 24 * 3600
