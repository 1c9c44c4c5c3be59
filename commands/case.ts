import { renderCaseStory } from "../src/cases/case-story.js";
import { slaLeftMs } from "../src/cases/sla.js";
import { parseCaseId } from "../src/chatops/args.js";
import { defineCommand } from "../src/chatops/command.js";

export default defineCommand({
  name: "case",
  summary: "A case's story: the mention, its analysis, the author's history and the timeline",
  usage: "CASE",
  examples: ["/orm case 419", "/orm case #12"],
  async run({ services, req, args }) {
    const { cases, authors, clock, config } = services;
    const c = await cases.get(parseCaseId(args[0], "case CASE"));
    const m = await cases.mentionOf(c);
    const [author, theirs] = m?.authorKey
      ? await Promise.all([authors.get(m.authorKey), cases.ofAuthor(m.authorKey)])
      : [null, []];
    const now = clock.now();
    await req.respond.whisper(
      renderCaseStory({
        c,
        m,
        author,
        otherCases: theirs.filter((o) => o.id !== c.id),
        slaLeftMs: slaLeftMs(c, config.sla, now),
        nowMs: now,
        timeZone: config.brand.timezone,
      }),
    );
  },
});
