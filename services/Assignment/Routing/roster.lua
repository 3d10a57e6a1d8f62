-- KEYS: 11 the operator.
-- ARGV: 4 operator id, 5 name, 6 region, 7 '1' for a sheltered workplace, 8 '1' when removed,
--       9 time of the roster change (Unix microseconds), from 10 the skills.
-- Follows Staffing's roster; an older change arriving after a newer one is ignored. A new operator
-- starts offline; a removed one hands back what they hold.
local op, name, region, sheltered, removed, changed_at = ARGV[4], ARGV[5], ARGV[6], ARGV[7], ARGV[8] == '1', tonumber(ARGV[9])
local o = KEYS[11]
if changed_at <= tonumber(redis.call('HGET', o, 'rosterAt') or '-1') then return result() end

for _, skill in ipairs(redis.call('SMEMBERS', o .. ':skills')) do redis.call('SREM', skill_key(skill), op) end
redis.call('DEL', o .. ':skills')
local old_region = redis.call('HGET', o, 'region')
if old_region then redis.call('SREM', region_key(old_region), op) end
redis.call('HSET', o, 'rosterAt', changed_at)

if removed then
  if redis.call('EXISTS', o) == 1 and (redis.call('HGET', o, 'presence') or OFFLINE) ~= OFFLINE then
    release(op, 'removed_from_roster')
    set_presence(op, OFFLINE, 'removed_from_roster')
  end
  redis.call('HSET', o, 'removed', '1')
  redis.call('SREM', OPERATORS_KEY, op)
  return result()
end

for i = 10, #ARGV do
  redis.call('SADD', o .. ':skills', ARGV[i])
  redis.call('SADD', skill_key(ARGV[i]), op)
end
redis.call('SADD', region_key(region), op)
redis.call('SADD', OPERATORS_KEY, op)
redis.call('HSET', o, 'name', name, 'region', region, 'sheltered', sheltered, 'removed', '0')
redis.call('HSETNX', o, 'presence', OFFLINE)
return result()
