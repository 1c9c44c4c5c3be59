export { RedisUnavailableError } from "./connection.js";
export { createRedisStore, RedisStore, type RedisStoreConfig, RedisStoreConfigSchema } from "./store.js";
