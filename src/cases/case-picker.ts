import type { Case } from "../core/case.js";
import { postedText, postedUrl } from "../core/redact.js";
import type { StoredMention } from "../core/stored-mention.js";
import type { Block, RichText, SelectElement } from "../ports/chat.js";
import { truncate } from "./alert-card.js";

/** Discord's select menus take 25 options (Slack's 100): the smaller limit holds everywhere. */
export const PICKER_OPTIONS = 25;
/** Slack shows 75 characters of an option's text; Discord 100. */
const LABEL_CHARS = 70;

/** A case with its mention (null when the mention is gone), as grouped messages list it. */
export interface ListedCase {
  c: Case;
  m: StoredMention | null;
}

/** The first line of a mention, redacted of personal data, spaces collapsed, cut to `max` characters. */
export function firstLine(m: StoredMention | null, max: number): string {
  if (!m) return "?";
  const line = postedText(m).split(/\r?\n/, 1)[0] ?? "";
  return truncate(line.replace(/\s+/g, " ").trim() || "(no text)", max);
}

function option(x: ListedCase, suffix = "") {
  return {
    label: truncate(`#${x.c.id} ${firstLine(x.m, LABEL_CHARS)}`, LABEL_CHARS),
    value: `${x.c.id}${suffix}`,
  };
}

/**
 * Select menus that make each listed case actionable from one grouped message: claim it, post its own
 * card, or resolve it as answered. Only open cases are offered; claim only unclaimed ones.
 */
export function casePicker(cases: readonly ListedCase[]): Block[] {
  const open = cases.filter(
    (x) => x.c.status === "new" || x.c.status === "claimed" || x.c.status === "responded",
  );
  const unclaimed = open.filter((x) => x.c.status === "new").slice(0, PICKER_OPTIONS);
  const shown = open.slice(0, PICKER_OPTIONS);
  if (!shown.length) return [];
  const selects: SelectElement[] = [
    ...(unclaimed.length
      ? [
          {
            type: "select" as const,
            actionId: "orm_claim",
            placeholder: "Claim…",
            options: unclaimed.map((x) => option(x)),
          },
        ]
      : []),
    {
      type: "select",
      actionId: "orm_card",
      placeholder: "Show its card…",
      options: shown.map((x) => option(x)),
    },
    {
      type: "select",
      actionId: "orm_resolve",
      placeholder: "Resolve as answered…",
      options: shown.map((x) => option(x, ":answered")),
    },
  ];
  return [{ type: "actions", elements: selects }];
}

/** One line per case: number, what to show after it, the mention's first line and a link to it. */
export function caseLines(
  cases: readonly ListedCase[],
  detail: (x: ListedCase) => string,
  textChars: number,
): RichText {
  const out: RichText = [];
  for (const x of cases) {
    out.push({ text: `#${x.c.id}`, bold: true }, ` ${detail(x)} · `, firstLine(x.m, textChars));
    const url = x.m ? postedUrl(x.m) : null;
    if (url) out.push(" · ", { text: "open", url });
    out.push("\n");
  }
  return out;
}
