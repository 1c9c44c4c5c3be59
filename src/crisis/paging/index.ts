import type { PagingConfig } from "../../config/sections/crisis.js";
import { OpsgeniePager } from "./opsgenie.js";
import type { Pager } from "./pager.js";
import { PagerDutyPager } from "./pagerduty.js";

export { OpsgeniePager } from "./opsgenie.js";
export type { Pager, PagerAlert } from "./pager.js";
export { PagerDutyPager } from "./pagerduty.js";

/** The outside pager the config names, or null when pages go to chat only. */
export function createPager(config: PagingConfig): Pager | null {
  const base = config.baseUrl ? { baseUrl: config.baseUrl } : {};
  if (config.provider === "pagerduty" && config.routingKey)
    return new PagerDutyPager({ ...base, routingKey: config.routingKey, timeoutMs: config.timeoutMs });
  if (config.provider === "opsgenie" && config.apiKey)
    return new OpsgeniePager({ ...base, apiKey: config.apiKey, timeoutMs: config.timeoutMs });
  return null;
}
