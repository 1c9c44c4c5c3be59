/**
 * Keywords per built-in topic and language live in data/rules/<lang>.yaml (`topics:`): `words` (separated
 * by spaces) and `phrases` (one per line, matched on the joined token string). Listed per language so each
 * text uses only its own. Markers:
 * - `stem*` matches every token starting with the stem (the longest stem wins, an exact word beats
 *   any stem); a phrase ending in `*` matches any ending of its last word (`колл центр*`);
 * - `~word` is ignored right after a negator in the same clause ("nothing damaged", "без царапин");
 * - `?word` / `?a phrase` is weak: it counts only when none of the topic's `!veto` words is in the
 *   text ("arrived" is shipping, but not in "my refund arrived"; "doesn't work" is a defect, but not
 *   in "the app doesn't work");
 * - `!!veto` cancels the topic whatever else is found (job ads: "hiring customer support agents").
 * A `stem*` also catches unrelated words that start the same way: list the exact forms instead when
 * a stem collides (precio* → preciosa, цен* → центр, пятн* → пятница).
 */

/** Severity per topic, 0–25, for priority (legal_safety highest). */
export const TOPIC_SEVERITY: Record<string, number> = {
  legal_safety: 25,
  product_defect: 12,
  billing: 12,
  customer_service: 9,
  returns_refunds: 9,
  shipping: 8,
  website_app: 6,
  pricing: 4,
  promotion: 4,
  praise: 0,
};
