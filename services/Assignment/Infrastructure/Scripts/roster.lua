-- ARGV: prefix, now, operator id, name, region, '1' for a sheltered workplace, '1' when removed,
--       time of the roster change (ms), the skills.
-- Follows Staffing's roster; an older change arriving after a newer one is ignored. A new operator
-- starts offline; a removed one hands back what they hold.
local op, name, region, sheltered, removed, changed_at = ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7] == '1', tonumber(ARGV[8])
local o = operator_key(op)
if changed_at <= tonumber(redis.call('HGET', o, 'rosterAt') or '-1') then return result() end

for _, skill in ipairs(redis.call('SMEMBERS', o .. ':skills')) do redis.call('SREM', P .. 'skill:' .. skill, op) end
redis.call('DEL', o .. ':skills')
local old_region = redis.call('HGET', o, 'region')
if old_region then redis.call('SREM', P .. 'region:' .. old_region, op) end
redis.call('HSET', o, 'rosterAt', changed_at)

if removed then
  if redis.call('EXISTS', o) == 1 and (redis.call('HGET', o, 'presence') or 'offline') ~= 'offline' then
    release(op, 'removed_from_roster')
    set_presence(op, 'offline', 'removed_from_roster')
  end
  redis.call('HSET', o, 'removed', '1')
  redis.call('SREM', P .. 'operators', op)
  return result()
end

for i = 9, #ARGV do
  redis.call('SADD', o .. ':skills', ARGV[i])
  redis.call('SADD', P .. 'skill:' .. ARGV[i], op)
end
redis.call('SADD', P .. 'region:' .. region, op)
redis.call('SADD', P .. 'operators', op)
redis.call('HSET', o, 'name', name, 'region', region, 'sheltered', sheltered, 'removed', '0')
redis.call('HSETNX', o, 'presence', 'offline')
return result()
