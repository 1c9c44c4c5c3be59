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
 * Inserts a batch of mentions, each atomically with its dedupe keys.
 * KEYS: dedupe hash (key → id), time index zset, mention hash (id → JSON).
 * ARGV: per mention `id, at, json, k, key1..keyk`. Reply per mention: 0 (stored) or [key, originalId].
 */
export const INSERT_MENTIONS = lua(`
local out = {}
local i = 1
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
 * Counts mentions by authors, one per author hash (a key may repeat). KEYS: author hashes. ARGV: name,
 * at, sentiment field or '' for each key, in order. Reply: HGETALL of the last key.
 */
export const RECORD_AUTHORS = lua(`
for i = 1, #KEYS do
  local h = KEYS[i]
  local name, at, field = ARGV[3 * i - 2], ARGV[3 * i - 1], ARGV[3 * i]
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
return redis.call('HGETALL', KEYS[#KEYS])
`);

/** Watches or unwatches an author. KEYS: author hash, watched set. ARGV: name, at, '1'/'0', author key. Reply: HGETALL. */
export const WATCH_AUTHOR = lua(`${ENSURE_AUTHOR}
redis.call('HSET', h, 'watched', ARGV[3])
if ARGV[3] == '1' then redis.call('SADD', KEYS[2], ARGV[4]) else redis.call('SREM', KEYS[2], ARGV[4]) end
return redis.call('HGETALL', h)
`);
