import { lua } from "./connection.js";

/**
 * Keeps a correction with a stored mention, only if the mention exists.
 * KEYS: mention hash (id → JSON), correction hash (id → JSON), corrected zset (id by correction time).
 * ARGV: id, correction JSON, correction time. Reply: 1 (kept) or 0 (no such mention).
 */
export const SET_CORRECTION = lua(`
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
return 1
`);

/**
 * Inserts a batch of mentions, each atomically with its dedupe keys (and its outbox entry).
 * KEYS: dedupe hash (key → id), time index zset, mention hash (id → JSON), outbox zset (id by time).
 * ARGV: the outbox time ('' for no outbox entry), then per mention `id, at, json, k, key1..keyk`.
 * Reply per mention: 0 (stored) or [key, originalId].
 */
export const INSERT_MENTIONS = lua(`
local out = {}
local outbox = ARGV[1]
local i = 2
local m = 0
while i <= #ARGV do
  m = m + 1
  local id, at, json, k = ARGV[i], ARGV[i + 1], ARGV[i + 2], tonumber(ARGV[i + 3])
  local dup = nil
  for j = 1, k do
    local of = redis.call('HGET', KEYS[1], ARGV[i + 3 + j])
    if of then dup = { ARGV[i + 3 + j], of } break end
  end
  if dup then
    out[m] = dup
  else
    for j = 1, k do redis.call('HSET', KEYS[1], ARGV[i + 3 + j], id) end
    redis.call('HSET', KEYS[3], id, json)
    redis.call('ZADD', KEYS[2], at, id)
    if outbox ~= '' then redis.call('ZADD', KEYS[4], outbox, id) end
    out[m] = 0
  end
  i = i + 4 + k
end
return out
`);

/**
 * Creates a case with the next id. KEYS: id counter, case hash (id → JSON), version hash, opened-at
 * zset, open zset. ARGV: JSON, version, openedAt, open ('1'/'0'). Reply: the new id.
 */
export const CREATE_CASE = lua(`
local id = redis.call('INCR', KEYS[1])
redis.call('HSET', KEYS[2], id, ARGV[1])
redis.call('HSET', KEYS[3], id, ARGV[2])
redis.call('ZADD', KEYS[4], ARGV[3], id)
if ARGV[4] == '1' then redis.call('ZADD', KEYS[5], ARGV[3], id) end
return id
`);

/**
 * The case of a mention: the one it has, else a new one with the next id. KEYS: id counter, case hash,
 * version hash, opened-at zset, open zset, mention → case hash. ARGV: JSON, version, openedAt, open
 * ('1'/'0'), mention id. Reply: [id, JSON, 1 when created now / 0 when it existed].
 */
export const OPEN_CASE_ONCE = lua(`
local had = redis.call('HGET', KEYS[6], ARGV[5])
if had then
  local json = redis.call('HGET', KEYS[2], had)
  if json then return { had, json, 0 } end
end
local id = redis.call('INCR', KEYS[1])
redis.call('HSET', KEYS[2], id, ARGV[1])
redis.call('HSET', KEYS[3], id, ARGV[2])
redis.call('ZADD', KEYS[4], ARGV[3], id)
if ARGV[4] == '1' then redis.call('ZADD', KEYS[5], ARGV[3], id) end
redis.call('HSET', KEYS[6], ARGV[5], id)
return { id, ARGV[1], 1 }
`);

/**
 * Writes a case only if its stored version is still the expected one. KEYS: case hash, version
 * hash, open zset. ARGV: id, expected version, JSON, new version, openedAt, open. Reply: 1 or 0.
 */
export const CAS_CASE = lua(`
local cur = redis.call('HGET', KEYS[2], ARGV[1])
if not cur or cur ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
if ARGV[6] == '1' then redis.call('ZADD', KEYS[3], ARGV[5], ARGV[1]) else redis.call('ZREM', KEYS[3], ARGV[1]) end
return 1
`);

const ENSURE_AUTHOR = `
local h = KEYS[1]
if redis.call('EXISTS', h) == 0 then
  redis.call('HSET', h, 'name', ARGV[1], 'mentions', 0, 'negative', 0, 'positive', 0,
    'firstSeen', ARGV[2], 'lastSeen', ARGV[2], 'watched', 0)
end
`;

/**
 * Counts mentions by authors, one per author hash (a key may repeat). KEYS: n author hashes, then n
 * once-marks. ARGV: the marks' ttl (ms), then name, at, sentiment field or '', once ('1': count only when
 * the mark is new, '0': always) for each hash, in order. Reply: HGETALL of the last hash.
 */
export const RECORD_AUTHORS = lua(`
local n = #KEYS / 2
for i = 1, n do
  local h = KEYS[i]
  local name, at, field, once = ARGV[4 * i - 2], ARGV[4 * i - 1], ARGV[4 * i], ARGV[4 * i + 1]
  if once ~= '1' or redis.call('SET', KEYS[n + i], '1', 'NX', 'PX', ARGV[1]) then
    if redis.call('EXISTS', h) == 0 then
      redis.call('HSET', h, 'name', name, 'mentions', 0, 'negative', 0, 'positive', 0,
        'firstSeen', at, 'lastSeen', at, 'watched', 0)
    end
    redis.call('HSET', h, 'name', name)
    redis.call('HINCRBY', h, 'mentions', 1)
    if field ~= '' then redis.call('HINCRBY', h, field, 1) end
    local t = tonumber(at)
    if t < tonumber(redis.call('HGET', h, 'firstSeen') or at) then redis.call('HSET', h, 'firstSeen', at) end
    if t > tonumber(redis.call('HGET', h, 'lastSeen') or at) then redis.call('HSET', h, 'lastSeen', at) end
  end
end
return redis.call('HGETALL', KEYS[n])
`);

/**
 * Applies counter increments once per key. KEYS: one once-mark per entry, then the counter hashes and
 * hour zsets the increments name. ARGV: marks' ttl (ms), entry count, then per entry its increment count c
 * and c × (counter key index, hours key index, hourMs, field, by). An entry whose mark exists is skipped.
 */
export const INCREMENT_ONCE = lua(`
local p = 3
for e = 1, tonumber(ARGV[2]) do
  local c = tonumber(ARGV[p])
  p = p + 1
  local fresh = redis.call('SET', KEYS[e], '1', 'NX', 'PX', ARGV[1])
  for j = 1, c do
    if fresh then
      redis.call('HINCRBYFLOAT', KEYS[tonumber(ARGV[p])], ARGV[p + 3], ARGV[p + 4])
      redis.call('ZADD', KEYS[tonumber(ARGV[p + 1])], ARGV[p + 2], ARGV[p + 2])
    end
    p = p + 5
  end
end
return 0
`);

/** Watches or unwatches an author. KEYS: author hash, watched set. ARGV: name, at, '1'/'0', author key. Reply: HGETALL. */
export const WATCH_AUTHOR = lua(`${ENSURE_AUTHOR}
redis.call('HSET', h, 'watched', ARGV[3])
if ARGV[3] == '1' then redis.call('SADD', KEYS[2], ARGV[4]) else redis.call('SREM', KEYS[2], ARGV[4]) end
return redis.call('HGETALL', h)
`);

/**
 * Replaces a stored mention's JSON and releases dedupe keys it no longer lists (those still pointing at it).
 * KEYS: mention hash, dedupe hash. ARGV: id, JSON, released keys…. Reply: 1, or 0 when the id is not stored.
 */
export const REPLACE_MENTION = lua(`
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
for i = 3, #ARGV do
  if redis.call('HGET', KEYS[2], ARGV[i]) == ARGV[1] then redis.call('HDEL', KEYS[2], ARGV[i]) end
end
return 1
`);
