import { lua } from "./connection.js";

/** Redis time in epoch ms, and a ZADD that keeps the sorted set's own expiry at its latest member's. */
const PRELUDE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function zaddUntil(key, exp, member)
  local pttl = redis.call('PTTL', key)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', '(' .. now)
  redis.call('ZADD', key, exp, member)
  if exp == '+inf' then
    if pttl >= 0 then redis.call('PERSIST', key) end
  elseif pttl == -2 or (pttl >= 0 and now + pttl < exp) then
    redis.call('PEXPIREAT', key, exp)
  end
end
local function unindex(docKey, prefix, id)
  local old = redis.call('HGET', docKey, 'i')
  if old then
    for name, value in pairs(cjson.decode(old)) do redis.call('ZREM', prefix .. name .. ':' .. value, id) end
  end
end
`;

/**
 * Writes a document: a hash (`v` version, `b` body JSON, `i` index values JSON), its id in the
 * collection's sorted set and in one sorted set per index value, each scored by the document's expiry
 * (`+inf` when it has none), so readers skip and trim expired members.
 * KEYS: document hash, collection id set. ARGV: id, version, body JSON, ttlMs or '', '1' = only when
 * absent, index key prefix, then index name/value pairs. Reply: 1 written, 0 already there.
 */
export const PUT_DOC = lua(`${PRELUDE}
if ARGV[5] == '1' and redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
unindex(KEYS[1], ARGV[6], ARGV[1])
redis.call('DEL', KEYS[1])
local index = {}
for j = 7, #ARGV, 2 do index[ARGV[j]] = ARGV[j + 1] end
if #ARGV >= 7 then
  redis.call('HSET', KEYS[1], 'v', ARGV[2], 'b', ARGV[3], 'i', cjson.encode(index))
else
  redis.call('HSET', KEYS[1], 'v', ARGV[2], 'b', ARGV[3])
end
local exp = '+inf'
if ARGV[4] ~= '' then
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  exp = now + tonumber(ARGV[4])
end
zaddUntil(KEYS[2], exp, ARGV[1])
for name, value in pairs(index) do zaddUntil(ARGV[6] .. name .. ':' .. value, exp, ARGV[1]) end
return 1
`);

/** Deletes a document and its index entries. KEYS: document hash, collection id set. ARGV: id, index key prefix. */
export const DELETE_DOC = lua(`${PRELUDE}
unindex(KEYS[1], ARGV[2], ARGV[1])
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
`);

/**
 * The live documents listed in one sorted set (a collection's ids or an index value's), trimming the
 * expired members. KEYS: the sorted set. ARGV: document key prefix. Reply: flat id, version, body JSON.
 */
export const READ_DOCS = lua(`${PRELUDE}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. now)
local out = {}
for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local d = redis.call('HMGET', ARGV[1] .. id, 'v', 'b')
  if d[2] then
    out[#out + 1] = id
    out[#out + 1] = d[1]
    out[#out + 1] = d[2]
  end
end
return out
`);

/** Adds to a tally, setting its expiry when new. KEYS: tally. ARGV: by, ttlMs. Reply: the new total. */
export const ADD_TALLY = lua(`
local n = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) == -1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return n
`);

/** Deletes a lock only if it still holds this token. KEYS: lock. ARGV: token. Reply: 1 freed, 0 not. */
export const RELEASE_LOCK = lua(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);

/** Moves a sequence up to at least ARGV[1], never down. KEYS: the counter. Reply: its value after. */
export const RAISE_SEQUENCE = lua(`
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
if cur < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) return tonumber(ARGV[1]) end
return cur
`);
