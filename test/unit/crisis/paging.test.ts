import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PermanentError } from "../../../src/core/errors.js";
import { OpsgeniePager, PagerDutyPager } from "../../../src/crisis/paging/index.js";
import { type PagerStandin, startPagerStandin } from "../../helpers/pager-standin.js";

const KEY = "R0ut1ngK3yR0ut1ngK3yR0ut1ngK3y12";
const alert = {
  key: "orm-crisis-1-p1",
  summary: "Crisis #1: declared",
  userId: "UDIR",
  pagerUser: "dir@acme.test",
  role: "dircom",
  details: { crisis: "1" },
};

describe("pagers against a local stand-in", () => {
  let standin: PagerStandin;
  beforeAll(async () => {
    standin = await startPagerStandin();
  });
  afterAll(() => standin.stop());

  it("PagerDuty: triggers, then acknowledges the same dedup key", async () => {
    const pd = new PagerDutyPager({ baseUrl: standin.url, routingKey: KEY, timeoutMs: 5000 });
    await pd.trigger(alert);
    await pd.acknowledge(alert.key);
    const [t] = standin.events("trigger");
    expect(t).toMatchObject({
      routing_key: KEY,
      dedup_key: alert.key,
      payload: { severity: "critical", source: "orm-bot", summary: alert.summary },
    });
    expect(standin.events("acknowledge")[0]).toMatchObject({ dedup_key: alert.key });
  });

  it("PagerDuty: a 400 (bad key) is permanent, a 500 is retryable", async () => {
    const bad = new PagerDutyPager({ baseUrl: standin.url, routingKey: "short", timeoutMs: 5000 });
    await expect(bad.trigger(alert)).rejects.toBeInstanceOf(PermanentError);
    standin.failNext(500);
    const pd = new PagerDutyPager({ baseUrl: standin.url, routingKey: KEY, timeoutMs: 5000 });
    const err = await pd.trigger(alert).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(PermanentError);
  });

  it("Opsgenie: creates the alert for the mapped user and acknowledges it by alias", async () => {
    const og = new OpsgeniePager({ baseUrl: standin.url, apiKey: "genie-test-key", timeoutMs: 5000 });
    await og.trigger(alert);
    await og.acknowledge(alert.key);
    const calls = standin.calls.filter((c) => c.api === "opsgenie");
    expect(calls[0]!.body).toMatchObject({
      alias: alert.key,
      responders: [{ type: "user", username: "dir@acme.test" }],
      priority: "P1",
    });
    expect(calls[1]!.path).toBe(`/v2/alerts/${alert.key}/acknowledge?identifierType=alias`);
    const wrong = new OpsgeniePager({ baseUrl: standin.url, apiKey: "nope", timeoutMs: 5000 });
    await expect(wrong.trigger(alert)).rejects.toBeInstanceOf(PermanentError);
  });
});
