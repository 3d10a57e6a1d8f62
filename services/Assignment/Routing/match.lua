-- ARGV: 4 offer timeout (ms), 5 fallback wait (ms), 6 id for the new offer.
-- Makes at most one routing decision: the most urgent appeal at the head of a queue that a free
-- operator can take goes as an offer to the operator with its skills who has been idle longest.
local offer_timeout, fallback_wait, offer_id = tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6]

local function skills_of(queue)
  local skills = {}
  for skill in string.gmatch(queue, '[^+]+') do skills[#skills + 1] = skill end
  return skills
end

local function with_skills(command, first_key, skills, tail)
  local args = { command, #skills + 1, first_key }
  for _, skill in ipairs(skills) do args[#args + 1] = skill_key(skill) end
  for _, word in ipairs(tail) do args[#args + 1] = word end
  return redis.call(unpack(args))
end

-- Free operators with every skill, longest idle first, skipping those who passed on this appeal
-- unless everyone has: then the round starts again.
local function free_operator(skills, passed_key)
  local weights = { 'WEIGHTS', 1 }
  for _ in ipairs(skills) do weights[#weights + 1] = 0 end
  local operators = with_skills('ZINTER', AVAILABLE_KEY, skills, weights)
  for _, op in ipairs(operators) do
    if redis.call('SISMEMBER', passed_key, op) == 0 then return op end
  end
  if operators[1] then
    redis.call('DEL', passed_key)
    return operators[1]
  end
  return nil
end

local function anyone_working(skills)
  return with_skills('SINTERCARD', WORKING_KEY, skills, { 'LIMIT', 1 }) > 0
end

local heads = {}
for _, queue in ipairs(redis.call('SMEMBERS', QUEUES_KEY)) do
  local head = redis.call('ZRANGE', queue_key(queue), 0, 0, 'WITHSCORES')
  if head[1] then heads[#heads + 1] = { queue = queue, id = head[1], score = tonumber(head[2]) } end
end
table.sort(heads, function(x, y) return x.score < y.score end)

for _, head in ipairs(heads) do
  local a = appeal_key(head.id)
  local passed = a .. ':passed'
  local skills = skills_of(head.queue)
  local op = free_operator(skills, passed)
  local fallback = nil
  if not op then
    -- Nobody at work has every skill: after a wait, anyone with the category, later anyone at all.
    local waited = NOW - tonumber(redis.call('HGET', a, 'queuedAt'))
    if waited >= fallback_wait and not anyone_working(skills) then
      local category = { redis.call('HGET', a, 'category') }
      op = free_operator(category, passed)
      fallback = 'category'
      if not op and waited >= 2 * fallback_wait and not anyone_working(category) then
        op = free_operator({}, passed)
        fallback = 'any'
      end
    end
  end

  if op then
    offer(head.id, head.queue, op, offer_id, NOW + offer_timeout, fallback)
    return result()
  end
end
return result()
