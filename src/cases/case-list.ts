import type { Case } from "../core/case.js";
import { postedText } from "../core/redact.js";
import type { RichText } from "../ports/chat.js";
import { ago, truncate } from "./alert-card.js";
import type { CaseService } from "./service.js";

/** One line per case for `/orm queue` and `/orm mine`: number, sentiment, state, age, text. */
export async function caseLines(service: CaseService, cases: Case[], nowMs: number): Promise<RichText> {
  const out: RichText = [];
  for (const c of cases) {
    const m = await service.mentionOf(c);
    const text = m ? truncate(postedText(m).replace(/\s+/g, " "), 90) : "(mention missing)";
    out.push({ text: `#${c.id}`, bold: true }, ` ${m?.analysis.sentiment.label ?? "?"} · ${c.status}`);
    if (c.owner) out.push(" by ", { user: c.owner });
    out.push(` · ${ago(c.openedAt, nowMs)} · ${m?.source ?? "?"} · `, { text }, "\n");
  }
  return out;
}
