-- KEYS: 11 the alert's end marker. ARGV: 4 alert id, 5 '1' when it begins or '0' when it ends, from 6 the regions.
-- Operators in the regions without a sheltered workplace go to a shelter, handing back what they hold;
-- when the last alert over them ends they return to where they were (to available if they had an appeal).
-- An end is remembered for a week, so that its start, should it arrive after it, shelters nobody.
local alert, active, ended = ARGV[4], ARGV[5] == '1', KEYS[11]
if active and redis.call('EXISTS', ended) == 1 then return result() end
if not active then redis.call('SET', ended, NOW, 'EX', FINAL_RECORD_SECONDS) end
for i = 6, #ARGV do
  for _, op in ipairs(redis.call('SMEMBERS', region_key(ARGV[i]))) do
    local o = operator_key(op)
    local alerts = o .. ':alerts'
    local current = redis.call('HGET', o, 'presence')
    if active then
      if redis.call('HGET', o, 'sheltered') ~= '1' and redis.call('SADD', alerts, alert) == 1
          and current ~= SHELTER and current ~= OFFLINE then
        redis.call('HSET', o, 'beforeShelter', current)
        release(op, 'regional_alert')
        set_presence(op, SHELTER, 'regional_alert')
      end
    elseif redis.call('SREM', alerts, alert) == 1 and redis.call('SCARD', alerts) == 0 and current == SHELTER then
      local before = redis.call('HGET', o, 'beforeShelter')
      if before then
        if before == BUSY or before == WRAP_UP then before = AVAILABLE end
        redis.call('HDEL', o, 'beforeShelter')
        set_presence(op, before, 'alert_ended')
        redis.call('ZADD', HEARTBEATS_KEY, NOW, op)
      end
    end
  end
end
return result()
