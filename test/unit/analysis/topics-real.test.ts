import { describe, expect, it } from "vitest";
import { analyzerFor } from "./helpers.js";

// Wordings of real complaints to airlines (written in the style of twitter_us_airline_sentiment, whose
// dev half the customer-service keywords were checked on): staff, abbreviations and hashtags.
const a = analyzerFor(["en", "es", "ru"], { sentimentModel: "rules" });
const topics = (text: string) => a.analyze(text).topics;

describe("customer service in airline complaints", () => {
  it.each([
    "@united Flight attendant never served me my tea and not once checked up on me",
    "@SouthwestAir stewardess rolled her eyes at my mum when she asked for water",
    "@united Status match - 2 weeks and no news. Cust Svc no help!!!",
    "@united how does United refuse to reissue a lost voucher? #badcustomerservice",
    "@USAirways nobody helped us at the gate, just a shrug #poorservice",
    "@AmericanAir lack of communication all day, we learn everything from the app",
    "@JetBlue the way you treat loyal customers is shameful",
  ])("%s", (text) => {
    expect(topics(text)).toContain("customer_service");
  });

  it("does not call a late flight or a lost bag a customer-service topic on its own", () => {
    expect(topics("@united flight 1212 delayed 3 hours, still sitting at the gate")).not.toContain(
      "customer_service",
    );
    expect(topics("@AmericanAir my bag went to Dallas and I went to Miami")).not.toContain(
      "customer_service",
    );
  });
});
