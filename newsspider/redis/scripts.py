"""The Lua scripts that make the shared state's multi-key steps atomic.

Redis runs a script as one step: no other worker sees it half done. Keys are
built inside the scripts from the prefix (``NEWSSPIDER_REDIS_PREFIX``), so the
scripts need a single Redis server (not Redis Cluster). The layout, with
``P`` the prefix and ``W`` a worker id:

``P:story:<key>``           hash: the archived story (see ``StateStore``'s ``stories`` row)
``P:alias``                 hash: fetched URL key → story key
``P:listed``                sorted set: story key, scored by when a listing last showed it (epoch)
``P:claims:<key>``          hash: version → claim (JSON) of an item sent to a feed file
                            that is not stored yet
``P:claimreq:<key>:<v>``    the request (``queue\\nscore\\ndata``) that produced a claim,
                            put back in its queue if the claim is released
``P:batch:<path>``          set of ``key\\tversion``: the claims tied to a complete batch file
``P:workers``               hash: worker id → JSON (host, pid, spider, started)
``P:alive:<W>``             the worker's heartbeat, expiring after ``NEWSSPIDER_REDIS_HEARTBEAT``
``P:worker:<W>:claims``     set of ``key\\tversion``: the worker's claims
``P:worker:<W>:batches``    hash: batch path → ``open`` | ``ready``
``P:worker:<W>:inflight``   hash: id → request taken from a queue and not finished
``P:worker:<W>:idle``       set while the worker has run out of work (from its engine going
                            idle to its next request)
``P:worker:<W>:starts``     list of ``key\\nentry``: start URL entries taken from the list
                            ``key`` whose requests are not all queued yet
``P:<spider>:round``        set of the workers crawling the spider's current round
"""

from __future__ import annotations

#: Shared by the scripts: ``requeue`` puts a ``queue\nscore\ndata`` request
#: back in its queue; ``commit_batch`` moves a batch's claims into the stories.
_FUNCTIONS = """
local function requeue(value)
  local first = string.find(value, '\\n', 1, true)
  local second = string.find(value, '\\n', first + 1, true)
  redis.call('ZADD', string.sub(value, 1, first - 1), string.sub(value, first + 1, second - 1),
             string.sub(value, second + 1))
end

local REPLACED = {'url', 'content_hash', 'date_published', 'date_modified', 'etag', 'last_modified'}

local function split(member)
  local tab = string.find(member, '\\t', 1, true)
  return string.sub(member, 1, tab - 1), string.sub(member, tab + 1)
end

local function commit_batch(p, w, path, now)
  local n = 0
  for _, member in ipairs(redis.call('SMEMBERS', p .. ':batch:' .. path)) do
    local key, version = split(member)
    local claims = p .. ':claims:' .. key
    local raw = redis.call('HGET', claims, version)
    if raw then
      local claim = cjson.decode(raw)
      local story = p .. ':story:' .. key
      local current = tonumber(redis.call('HGET', story, 'version') or '0')
      if tonumber(version) > current then
        if current == 0 then redis.call('HSET', story, 'first_archived', now) end
        for _, field in ipairs(REPLACED) do
          local value = claim[field]
          if value == nil or value == cjson.null then
            redis.call('HDEL', story, field)
          else
            redis.call('HSET', story, field, tostring(value))
          end
        end
        if claim.listed_date ~= nil and claim.listed_date ~= cjson.null then
          redis.call('HSET', story, 'listed_date', claim.listed_date)
        end
        redis.call('HSET', story, 'version', version, 'removed', claim.removed and '1' or '0',
                   'last_archived', now, 'last_checked', now)
        n = n + 1
      end
      redis.call('HDEL', claims, version)
      redis.call('DEL', p .. ':claimreq:' .. key .. ':' .. version)
      redis.call('SREM', p .. ':worker:' .. claim.worker .. ':claims', member)
    end
  end
  redis.call('DEL', p .. ':batch:' .. path)
  redis.call('HDEL', p .. ':worker:' .. w .. ':batches', path)
  return n
end

local function return_starts(p, w)
  local starts = p .. ':worker:' .. w .. ':starts'
  local values = redis.call('LRANGE', starts, 0, -1)
  for _, value in ipairs(values) do
    local newline = string.find(value, '\\n', 1, true)
    redis.call('RPUSH', string.sub(value, 1, newline - 1), string.sub(value, newline + 1))
  end
  redis.call('DEL', starts)
  return #values
end

local function release_claims(p, w)
  local released = 0
  local claims = p .. ':worker:' .. w .. ':claims'
  for _, member in ipairs(redis.call('SMEMBERS', claims)) do
    local key, version = split(member)
    redis.call('HDEL', p .. ':claims:' .. key, version)
    local request = p .. ':claimreq:' .. key .. ':' .. version
    local value = redis.call('GET', request)
    if value then
      requeue(value)
      redis.call('DEL', request)
    end
    released = released + 1
  end
  redis.call('DEL', claims)
  return released
end
"""

#: ARGV: prefix, worker, path, now → claims committed.
COMMIT = _FUNCTIONS + """
return commit_batch(ARGV[1], ARGV[2], ARGV[3], ARGV[4])
"""

#: ARGV: prefix, worker, path, key1, version1, key2, version2 ... → {tied,
#: {members not claimed by this worker (released by a reaper)}}.
TIE = """
local p, w, path = ARGV[1], ARGV[2], ARGV[3]
local mine = p .. ':worker:' .. w .. ':claims'
local tied, foreign = 0, {}
for i = 4, #ARGV, 2 do
  local member = ARGV[i] .. '\\t' .. ARGV[i + 1]
  if redis.call('SISMEMBER', mine, member) == 1 then
    tied = tied + redis.call('SADD', p .. ':batch:' .. path, member)
  else
    table.insert(foreign, member)
  end
end
redis.call('HSET', p .. ':worker:' .. w .. ':batches', path, 'ready')
return {tied, foreign}
"""

#: ARGV: prefix, worker, inflight id, key, version → 1 when the request moved
#: from the worker's in-flight hash to the claim (0: no such claim or request).
ATTACH = """
local p, w = ARGV[1], ARGV[2]
local inflight = p .. ':worker:' .. w .. ':inflight'
local value = redis.call('HGET', inflight, ARGV[3])
if not value then return 0 end
if redis.call('SISMEMBER', p .. ':worker:' .. w .. ':claims', ARGV[4] .. '\\t' .. ARGV[5]) == 0 then
  return 0
end
redis.call('SET', p .. ':claimreq:' .. ARGV[4] .. ':' .. ARGV[5], value)
redis.call('HDEL', inflight, ARGV[3])
return 1
"""

#: ARGV: queue key, inflight hash key, inflight id, the worker's idle key → the
#: request data popped from the queue's head and kept in flight (as
#: ``queue\nscore\ndata``; the worker is no longer idle), or nil.
POP = """
local head = redis.call('ZRANGE', ARGV[1], 0, 0, 'WITHSCORES')
if #head == 0 then return false end
redis.call('ZREM', ARGV[1], head[1])
redis.call('HSET', ARGV[2], ARGV[3], ARGV[1] .. '\\n' .. head[2] .. '\\n' .. head[1])
redis.call('DEL', ARGV[4])
return head[1]
"""

#: ARGV: duplicate filter key, queue key, fingerprint, score, request data →
#: 1 when the request was new: its fingerprint is recorded and the request
#: queued in one step (a worker killed between the two would leave a request
#: seen but never queued, filtered out when its parent is fetched again), 0
#: when it was seen already.
PUSH_UNSEEN = """
if redis.call('SADD', ARGV[1], ARGV[3]) == 0 then return 0 end
redis.call('ZADD', ARGV[2], ARGV[4], ARGV[5])
return 1
"""

#: ARGV: start URLs key, the worker's ``starts`` key, n → up to n entries taken
#: from the head of the start URLs and kept in the worker's ``starts`` until
#: their requests are queued (given back if the worker dies first).
TAKE_STARTS = """
local entries = redis.call('LRANGE', ARGV[1], 0, tonumber(ARGV[3]) - 1)
if #entries == 0 then return entries end
redis.call('LTRIM', ARGV[1], #entries, -1)
for _, entry in ipairs(entries) do redis.call('RPUSH', ARGV[2], ARGV[1] .. '\\n' .. entry) end
return entries
"""

#: ARGV: prefix, worker → number of claims released (their requests requeued).
RELEASE = _FUNCTIONS + """
return_starts(ARGV[1], ARGV[2])
local released = release_claims(ARGV[1], ARGV[2])
local inflight = ARGV[1] .. ':worker:' .. ARGV[2] .. ':inflight'
for _, value in ipairs(redis.call('HVALS', inflight)) do requeue(value) end
redis.call('DEL', inflight)
return released
"""

#: ARGV: prefix, dead worker, now, batch paths verified as renamed into place
#: → false when the worker is alive or already reaped, else {committed,
#: requeued (in-flight requests and start URL entries), released, {batch paths
#: of the worker}}.
REAP = _FUNCTIONS + """
local p, w, now = ARGV[1], ARGV[2], ARGV[3]
if redis.call('EXISTS', p .. ':alive:' .. w) == 1 then return false end
if redis.call('HDEL', p .. ':workers', w) == 0 then return false end
local committed = 0
for i = 4, #ARGV do committed = committed + commit_batch(p, w, ARGV[i], now) end
local inflight = p .. ':worker:' .. w .. ':inflight'
local requeued = 0
for _, value in ipairs(redis.call('HVALS', inflight)) do
  requeue(value)
  requeued = requeued + 1
end
redis.call('DEL', inflight)
requeued = requeued + return_starts(p, w)
local released = release_claims(p, w)
local batches = p .. ':worker:' .. w .. ':batches'
local paths = redis.call('HKEYS', batches)
for _, path in ipairs(paths) do redis.call('DEL', p .. ':batch:' .. path) end
redis.call('DEL', batches)
redis.call('DEL', p .. ':worker:' .. w .. ':idle')
return {committed, requeued, released, paths}
"""

#: ARGV: prefix, worker, spider, dupefilter key → 1 when this worker starts a
#: new round of the spider, 0 when it joins the current one. A round is the
#: set ``P:<spider>:round`` of workers that opened their scheduler and are
#: alive; the first worker of a new round clears the duplicate filter of the
#: last one, so that discovery finds new stories again (requests left in the
#: queue by a killed round are kept and fetched).
JOIN_ROUND = """
local p, w = ARGV[1], ARGV[2]
local round = p .. ':' .. ARGV[3] .. ':round'
for _, id in ipairs(redis.call('SMEMBERS', round)) do
  if redis.call('EXISTS', p .. ':alive:' .. id) == 0 then redis.call('SREM', round, id) end
end
local new = 0
if redis.call('SCARD', round) == 0 then
  redis.call('DEL', ARGV[4])
  new = 1
end
redis.call('SADD', round, w)
return new
"""
