-- KEYS: 11 the appeal. ARGV: 4 appeal id.
-- A supervisor takes an appeal from the operator it is offered to or held by; it goes back to its place in
-- its queue, for someone else.
local id, a = ARGV[4], KEYS[11]
local state = redis.call('HGET', a, 'state')
if not state then return refused('unknown_appeal') end
if state ~= OFFERED and state ~= ASSIGNED then return refused('not_with_operator') end
take_back(id, 'supervisor_requeued')
return result()
