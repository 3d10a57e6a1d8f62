-- Stores a new appeal and its outbox entry in one step: either all of it is written or none. In the same step it
-- links a repeat contact to the first appeal, so that two near-identical appeals sent at once are never both first.
-- KEYS: 1 appeal, 2 timeline, 3 all appeals by arrival, 4 index of received appeals, 5 outbox,
--       6 idempotency key, 7 call key, 8 caller's recent appeals, 9 stats.
-- ARGV: 1 id, 2 arrival (ms), 3 request fingerprint ('' without an Idempotency-Key), 4 idempotency ttl (s),
--       5 call ttl (s) ('' when not a call), 6 repeat window (ms) ('' without a phone), 7 appeal key prefix,
--       8 message type, 9 message body, 10 the entry's origin (Outbox.Origin), 11 timeline entry,
--       12.. appeal fields, among them 'words' (RepeatContact.Words) where the text has any.
-- Returns {'created', id, repeat of or ''}, {'replay', fingerprint, id} for a key seen before, or {'call', id} for a
-- call reported before.
if ARGV[3] ~= '' then
  local previous = redis.call('GET', KEYS[6])
  if previous then
    local separator = string.find(previous, '|', 1, true)
    return {'replay', string.sub(previous, 1, separator - 1), string.sub(previous, separator + 1)}
  end
end
if ARGV[5] ~= '' then
  local previous = redis.call('GET', KEYS[7])
  if previous then
    return {'call', previous}
  end
end

local SAME_WORDS_SHARE = 0.8

local function word_set(words)
  local set, count = {}, 0
  for word in string.gmatch(words, '[^ ]+') do
    set[word], count = true, count + 1
  end
  return set, count
end

-- The same words in at least 80 of every 100; RepeatContact.Words has made case, punctuation and order alike.
local function near_identical(words, count, earlier)
  local earlier_words, earlier_count = word_set(earlier)
  local shared = 0
  for word in pairs(earlier_words) do
    if words[word] then shared = shared + 1 end
  end
  return count > 0 and earlier_count > 0 and shared / math.max(count, earlier_count) >= SAME_WORDS_SHARE
end

local function uuid(id)
  return id:sub(1, 8) .. '-' .. id:sub(9, 12) .. '-' .. id:sub(13, 16) .. '-' .. id:sub(17, 20) .. '-' .. id:sub(21)
end

local id, arrival = ARGV[1], tonumber(ARGV[2])
local fields = {}
for i = 12, #ARGV do
  fields[#fields + 1] = ARGV[i]
end
redis.call('HSET', KEYS[1], unpack(fields))

-- The first appeal in the window from the same phone with a near-identical text, oldest first.
local repeat_of = ''
if ARGV[6] ~= '' then
  local words, count = word_set(redis.call('HGET', KEYS[1], 'words') or '')
  for _, earlier in ipairs(redis.call('ZRANGEBYSCORE', KEYS[8], arrival - tonumber(ARGV[6]), '+inf')) do
    local found = redis.call('HMGET', ARGV[7] .. earlier, 'words', 'repeatOf')
    if found[1] and near_identical(words, count, found[1]) then
      repeat_of = found[2] or earlier
      break
    end
  end
end

local body = ARGV[9]
if repeat_of ~= '' then
  redis.call('HSET', KEYS[1], 'repeatOf', repeat_of)
  redis.call('HINCRBY', KEYS[9], 'repeatContacts', 1)
  -- AppealReceived holds only strings and nulls, which come through decoding and encoding again unchanged.
  local message = cjson.decode(body)
  message.repeatOf = uuid(repeat_of)
  body = cjson.encode(message)
end

redis.call('ZADD', KEYS[2], arrival, ARGV[11])
redis.call('ZADD', KEYS[3], arrival, id)
redis.call('ZADD', KEYS[4], arrival, id)
redis.call('XADD', KEYS[5], '*', 'type', ARGV[8], 'body', body, unpack(cjson.decode(ARGV[10])))
if ARGV[3] ~= '' then
  redis.call('SET', KEYS[6], ARGV[3] .. '|' .. id, 'EX', ARGV[4])
end
if ARGV[5] ~= '' then
  redis.call('SET', KEYS[7], id, 'EX', ARGV[5])
end
if ARGV[6] ~= '' then
  redis.call('ZADD', KEYS[8], arrival, id)
  redis.call('ZREMRANGEBYSCORE', KEYS[8], '-inf', arrival - tonumber(ARGV[6]))
  redis.call('PEXPIRE', KEYS[8], ARGV[6])
end
return {'created', id, repeat_of}
