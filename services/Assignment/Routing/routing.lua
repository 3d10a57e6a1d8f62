-- The part every routing script begins with, after the names C# gives it (presence, statuses and event
-- types from Contracts, notice kinds): the keys, the record of what changed, and the moves several scripts make.
-- KEYS: 1 queue names, 2 offers, 3 heartbeats, 4 wrap-ups, 5 free operators, 6 operators at work,
--       7 operators on the roster, 8 callbacks, 9 handle times, 10 outbox; from 11, the script's own.
-- ARGV: 1 key prefix, 2 now (Unix ms), 3 the outbox entries' origin (Outbox.Origin); from 4, the script's own.
-- Every key, also those built inside a script from the prefix (a queue found in the queue names, an
-- operator found free), carries the prefix's hash tag, so all of them share one cluster slot.
local QUEUES_KEY, OFFERS_KEY, HEARTBEATS_KEY, WRAPUPS_KEY, AVAILABLE_KEY = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local WORKING_KEY, OPERATORS_KEY, CALLBACKS_KEY, HANDLE_TIMES_KEY, OUTBOX_KEY = KEYS[6], KEYS[7], KEYS[8], KEYS[9], KEYS[10]
local P = ARGV[1]
local NOW = tonumber(ARGV[2])
local ORIGIN = cjson.decode(ARGV[3])
local changes = {}

local function appeal_key(id) return P .. 'appeal:' .. id end
local function operator_key(id) return P .. 'operator:' .. id end
local function queue_key(name) return P .. 'queue:' .. name end
local function skill_key(skill) return P .. 'skill:' .. skill end
local function region_key(region) return P .. 'region:' .. region end

-- A time as the contracts carry it, ISO 8601 in UTC, from Unix milliseconds (days to civil date: H. Hinnant).
local function iso(ms)
  local seconds = math.floor(ms / 1000)
  local days = math.floor(seconds / 86400)
  local rest = seconds - days * 86400
  local z = days + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local day = doy - math.floor((153 * mp + 2) / 5) + 1
  local month = mp < 10 and mp + 3 or mp - 9
  local year = yoe + era * 400 + (month <= 2 and 1 or 0)
  return string.format('%04d-%02d-%02dT%02d:%02d:%02d.%03dZ', year, month, day,
    math.floor(rest / 3600), math.floor(rest % 3600 / 60), rest % 60, ms % 1000)
end
local NOW_ISO = iso(NOW)

-- An appeal id as the contracts carry it: the keys hold it without dashes.
local function uuid(id)
  return id:sub(1, 8) .. '-' .. id:sub(9, 12) .. '-' .. id:sub(13, 16) .. '-' .. id:sub(17, 20) .. '-' .. id:sub(21)
end

local function emit(type, message)
  redis.call('XADD', OUTBOX_KEY, '*', 'type', type, 'body', cjson.encode(message), unpack(ORIGIN))
end

local function notify(op, notice)
  redis.call('PUBLISH', P .. 'feed:' .. op, cjson.encode(notice))
end

-- The event for the bus and the notice for the operator's console that a change calls for, written with it.
local function announce(c)
  local kind, id, op = c.kind, c.appealId and uuid(c.appealId), c.operatorId
  if kind == 'queued' then
    emit(AppealQueued, { appealId = id, queue = c.queue, priority = c.priority, receivedAt = iso(c.receivedAt), queuedAt = NOW_ISO })
  elseif kind == 'callback' then
    emit(CallbackScheduled,
      { appealId = id, windowStart = iso(c.windowStart), windowEnd = iso(c.windowEnd), scheduledAt = NOW_ISO })
  elseif kind == 'offered' then
    emit(AppealOffered, { appealId = id, operatorId = op, offerId = c.offerId, attempt = c.attempt, fallback = c.fallback,
      offeredAt = NOW_ISO, expiresAt = iso(c.expiresAt) })
    notify(op, { kind = NOTICE_OFFER, appealId = id, offerId = c.offerId, category = c.category, priority = c.priority,
      fallback = c.fallback, expiresAt = iso(c.expiresAt) })
  elseif kind == 'assigned' then
    emit(AppealAssigned, { appealId = id, operatorId = op, fallback = c.fallback, assignedAt = NOW_ISO })
    notify(op, { kind = NOTICE_ASSIGNED, appealId = id, fallback = c.fallback })
  elseif kind == 'declined' then
    emit(OfferDeclined, { appealId = id, operatorId = op, offerId = c.offerId, declinedAt = NOW_ISO })
  elseif kind == 'timed_out' then
    emit(OfferTimedOut, { appealId = id, operatorId = op, offerId = c.offerId, timedOutAt = NOW_ISO })
  elseif kind == 'requeued' then
    emit(AppealRequeued, { appealId = id, queue = c.queue, reason = c.reason, requeuedAt = NOW_ISO })
    if op then notify(op, { kind = NOTICE_OFFER_WITHDRAWN, appealId = id, reason = c.reason }) end
  elseif kind == 'withdrawn' then
    notify(op, { kind = NOTICE_OFFER_WITHDRAWN, appealId = id, reason = c.reason })
  elseif kind == 'presence' then
    emit(OperatorPresenceChanged, { operatorId = op, previous = c.from, current = c.to, reason = c.reason, changedAt = NOW_ISO })
    notify(op, { kind = NOTICE_PRESENCE, presence = c.to, reason = c.reason })
  elseif kind == 'resolved' then
    emit(AppealResolved, { appealId = id, operatorId = op, resolution = c.resolution, notes = c.notes,
      correctedCategory = c.correctedCategory, resolvedAt = NOW_ISO })
    if c.correctedCategory then
      emit(CategoryCorrected, { appealId = id, operatorId = op, previousCategory = c.category,
        correctedCategory = c.correctedCategory, correctedAt = NOW_ISO })
    end
  end
end

local function change(record)
  changes[#changes + 1] = record
  announce(record)
end

local function result()
  if #changes == 0 then return '[]' end
  return cjson.encode(changes)
end

local function refused(reason)
  return cjson.encode({ { kind = 'refused', reason = reason } })
end

local WORKING = { [AVAILABLE] = true, [BUSY] = true, [WRAP_UP] = true }

-- Moves an operator to a presence and keeps the routing indexes in step with it.
local function set_presence(op, presence, reason)
  local o = operator_key(op)
  local previous = redis.call('HGET', o, 'presence') or OFFLINE
  if previous == presence then return end
  redis.call('HSET', o, 'presence', presence, 'since', NOW)
  if presence == AVAILABLE then
    redis.call('HSET', o, 'idleSince', NOW)
    redis.call('ZADD', AVAILABLE_KEY, NOW, op)
  else
    redis.call('ZREM', AVAILABLE_KEY, op)
  end
  if WORKING[presence] then
    redis.call('SADD', WORKING_KEY, op)
  else
    redis.call('SREM', WORKING_KEY, op)
  end
  if presence == OFFLINE or presence == SHELTER then
    redis.call('ZREM', HEARTBEATS_KEY, op)
  else
    redis.call('ZADD', HEARTBEATS_KEY, 'NX', NOW, op)
  end
  if presence ~= WRAP_UP then redis.call('ZREM', WRAPUPS_KEY, op) end
  change({ kind = 'presence', operatorId = op, from = previous, to = presence, reason = reason })
end

-- Back to the free operators, at the time they became idle, if they are still available.
local function free_again(op)
  local o = operator_key(op)
  if redis.call('HGET', o, 'presence') == AVAILABLE then
    redis.call('ZADD', AVAILABLE_KEY, redis.call('HGET', o, 'idleSince'), op)
  end
end

-- Puts an offered or held appeal back in its queue with its original arrival time and priority, so
-- it stands ahead of every appeal that came after it. The operator who had it is not offered it again
-- until everyone else with the skills has passed on it.
local function requeue(id, reason)
  local a = appeal_key(id)
  local queue = redis.call('HGET', a, 'queue')
  local operator = redis.call('HGET', a, 'operator')
  redis.call('ZADD', queue_key(queue), redis.call('HGET', a, 'score'), id)
  redis.call('ZREM', OFFERS_KEY, id)
  redis.call('HSET', a, 'state', QUEUED)
  redis.call('HDEL', a, 'operator', 'offerId', 'expiresAt', 'assignedAt')
  if operator then
    local o = operator_key(operator)
    if redis.call('HGET', o, 'offer') == id then redis.call('HDEL', o, 'offer') end
    if redis.call('HGET', o, 'appeal') == id then redis.call('HDEL', o, 'appeal') end
    redis.call('SADD', a .. ':passed', operator)
  end
  change({ kind = 'requeued', appealId = id, queue = queue, operatorId = operator or nil, reason = reason })
end

-- A supervisor takes an offered or held appeal from its operator: back to its queue, and the operator free again.
local function take_back(id, reason)
  local a = appeal_key(id)
  local op, held = redis.call('HGET', a, 'operator'), redis.call('HGET', a, 'state') == ASSIGNED
  requeue(id, reason)
  if held then set_presence(op, AVAILABLE, reason) else free_again(op) end
end

-- Offers a waiting appeal to a free operator until expires.
local function offer(id, queue, op, offer_id, expires, fallback)
  local a = appeal_key(id)
  redis.call('ZREM', queue_key(queue), id)
  redis.call('ZREM', AVAILABLE_KEY, op)
  local attempt = redis.call('HINCRBY', a, 'attempts', 1)
  redis.call('HSET', a, 'state', OFFERED, 'operator', op, 'offerId', offer_id, 'expiresAt', expires, 'fallback', fallback or '')
  redis.call('HSET', operator_key(op), 'offer', id)
  redis.call('ZADD', OFFERS_KEY, expires, id)
  change({ kind = 'offered', appealId = id, operatorId = op, offerId = offer_id, attempt = attempt,
    fallback = fallback, expiresAt = expires, queue = queue, category = redis.call('HGET', a, 'category'),
    priority = redis.call('HGET', a, 'priority') })
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
