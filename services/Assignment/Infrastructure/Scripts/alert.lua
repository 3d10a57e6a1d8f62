-- ARGV: prefix, now, alert id, '1' when it begins or '0' when it ends, the regions.
-- Operators in the regions without a sheltered workplace go to a shelter, handing back what they hold;
-- when the last alert over them ends they return to where they were (to available if they had an appeal).
local alert, active = ARGV[3], ARGV[4] == '1'
for i = 5, #ARGV do
  for _, op in ipairs(redis.call('SMEMBERS', P .. 'region:' .. ARGV[i])) do
    local o = operator_key(op)
    local alerts = o .. ':alerts'
    local current = redis.call('HGET', o, 'presence')
    if active then
      if redis.call('HGET', o, 'sheltered') ~= '1' and redis.call('SADD', alerts, alert) == 1
          and current ~= 'shelter' and current ~= 'offline' then
        redis.call('HSET', o, 'beforeShelter', current)
        release(op, 'regional_alert')
        set_presence(op, 'shelter', 'regional_alert')
      end
    elseif redis.call('SREM', alerts, alert) == 1 and redis.call('SCARD', alerts) == 0 and current == 'shelter' then
      local before = redis.call('HGET', o, 'beforeShelter')
      if before then
        if before == 'busy' or before == 'wrap_up' then before = 'available' end
        redis.call('HDEL', o, 'beforeShelter')
        set_presence(op, before, 'alert_ended')
        redis.call('ZADD', P .. 'heartbeats', NOW, op)
      end
    end
  end
end
return result()
