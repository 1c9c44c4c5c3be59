import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Mention } from "../../src/core/mention.js";
import type { Seen } from "../helpers/chat-driver.js";
import { eventually } from "../helpers/eventually.js";
import type { TeamRig } from "./team-rigs.js";

const MIN = 60_000;

/** A Spanish complaint about a parcel; the author's handle is an email and the text carries a phone. */
function spanishParcel(id: string): Mention {
  return {
    id,
    source: "google-alerts",
    url: `https://foro.example/t/${id}`,
    title: null,
    text: "Acme perdió mi paquete otra vez. Pésimo servicio de envío, el pedido nunca llegó y nadie responde.",
    author: "bob.garcia@correo.example",
    publishedAt: null,
    reach: 500,
    rating: null,
  };
}

/**
 * A support agent's day with the team's own words, on one platform (issue 15, points 4 and 5): quiet
 * answers (a claim shows on the card plus at most one thread line), free-text answers and internal
 * notes (redacted, in the thread and history, the answer counted as the first response), answers too
 * long for the platform refused privately, and the Reply / Resolve / Assign forms where there are modals.
 */
export function describeTeamWords(name: string, start: () => Promise<TeamRig>): void {
  describe(`the team's own words: ${name}`, () => {
    let rig: TeamRig;
    beforeEach(async () => {
      rig = await start();
    });
    afterEach(async () => {
      await rig.close();
    });

    const jobs = () => rig.bot.services.deps.jobs as unknown as { drain(): Promise<void> };
    const chat = () => rig.bot.services.chat!;
    const ana = () => rig.driver.people[0];
    const ben = () => rig.driver.people[1];
    const seenBy = (person: string) => rig.driver.seen(rig.driver.channel, person);
    /** What `person` sees that appeared after `mark` messages. */
    const since = (person: string, mark: number) => seenBy(person).slice(mark);

    async function alerted(): Promise<{ id: number; card: Seen }> {
      await rig.bot.services.pipeline.ingest([spanishParcel("es1")]);
      await jobs().drain();
      const card = await eventually(
        () => seenBy(ana()).find((m) => /#1 negative/.test(m.text)),
        "the alert card",
      );
      return { id: 1, card };
    }

    /** Ana types a command and waits for her private answer matching `expected`. */
    async function type(text: string, expected: RegExp): Promise<Seen> {
      const mark = seenBy(ana()).length;
      await rig.driver.command(ana(), rig.driver.channel, text);
      const answer = await eventually(
        () => since(ana(), mark).find((m) => expected.test(m.text)),
        `the answer to /orm ${text.slice(0, 40)}`,
      );
      await jobs().drain();
      return answer;
    }

    it("a claim is quiet: a private answer, the card edited, at most one line in its thread", async () => {
      const { card } = await alerted();
      const mark = seenBy(ben()).length;
      const answer = await type("claim 1", /Case #1 claimed by/);
      await eventually(() => seenBy(ben()).find((m) => /Claimed by/.test(m.text)), "the card edited");
      const fresh = since(ben(), mark);
      if (chat().capabilities.ephemeral) {
        expect(answer.onlyFor).toBe(ana());
        expect(fresh.filter((m) => /claimed/i.test(m.text))).toHaveLength(
          chat().capabilities.threads ? 1 : 0,
        );
        for (const m of fresh) expect(m.threadOf).toBe(card.ref?.ts);
      } else {
        // The terminal prints to the one at the keyboard: the answer once, the card restated in place.
        expect(fresh.filter((m) => /claimed by/i.test(m.text))).toHaveLength(1);
      }
      expect(card.edited || seenBy(ben()).some((m) => m.edited && /Claimed by/.test(m.text))).toBe(true);
    });

    it("a note and a free-text reply land in the thread and history, redacted; the reply is the first response", async () => {
      const { card } = await alerted();
      rig.clock.advance(3 * MIN);
      await type(
        "note 1 Customer says the courier called +34 612 345 678; VIP, handle with care",
        /Internal note added/,
      );
      let c = await rig.bot.services.cases.get(1);
      expect(c.firstResponseAt).toBeNull();
      const note = c.history.at(-1)!;
      expect(note.action).toBe("note");
      expect(note.note).toContain("[phone]");
      expect(note.note).not.toContain("612 345 678");

      rig.clock.advance(4 * MIN);
      const answer = await type(
        "reply 1 Hola Bob, lo sentimos mucho. Te escribimos a bob.garcia@correo.example con el seguimiento.",
        /Answer recorded on case #1/,
      );
      expect(answer.text).toContain("[email]");
      expect(answer.text).toMatch(/first response, 7 min after/);
      if (chat().capabilities.ephemeral) expect(answer.onlyFor).toBe(ana());
      c = await rig.bot.services.cases.get(1);
      expect(c.firstResponseAt! - c.openedAt).toBe(7 * MIN);
      expect(c.status).toBe("responded");
      const reply = c.history.filter((h) => h.action === "respond");
      expect(reply).toHaveLength(1);
      expect(reply[0]!.note).toBe("Hola Bob, lo sentimos mucho. Te escribimos a [email] con el seguimiento.");

      // Everyone in the channel sees the words with the card (its thread, or a reply to it), never the raw data.
      const words = await eventually(
        () => seenBy(ben()).find((m) => m.text.includes("lo sentimos mucho") && m.onlyFor === null),
        "the answer with the card",
      );
      expect(seenBy(ben()).some((m) => m.text.includes("VIP, handle with care") && m.onlyFor === null)).toBe(
        true,
      );
      if (chat().capabilities.threads) expect(words.threadOf).toBe(card.ref?.ts);
      for (const m of seenBy(ben()).filter((x) => x !== card && !/#1 negative/.test(x.text))) {
        expect(m.text).not.toContain("bob.garcia@correo.example");
        expect(m.text).not.toContain("612 345 678");
      }
    });

    it("an answer too long for one message is refused privately, naming the limit; nothing changes", async () => {
      await alerted();
      const before = await rig.bot.services.cases.get(1);
      const long = "Lo sentimos. ".repeat(400).trim();
      const refusal = await type(`reply 1 ${long}`, /characters; one message here takes at most/);
      if (chat().capabilities.ephemeral) expect(refusal.onlyFor).toBe(ana());
      expect(refusal.text).toMatch(/nothing was saved/);
      const after = await rig.bot.services.cases.get(1);
      expect(after.version).toBe(before.version);
      expect(after.firstResponseAt).toBeNull();
    });

    it("templates: the mention's language first, and a reply names the fallback when it has none", async () => {
      const { card } = await alerted();
      expect(card.text).toContain(
        "No template in Spanish (es) for this mention; offering English (en) instead.",
      );
      const hint = await type("reply 1", /What should the answer say/);
      expect(hint.text).toMatch(
        /No template in Spanish \(es\) for this mention; offering English \(en\) instead/,
      );
      expect(hint.text.indexOf("sorry-shipping (en)")).toBeLessThan(hint.text.indexOf("sorry-ru (ru)"));
      const answer = await type("reply 1 template:sorry-shipping", /Answer recorded on case #1/);
      // {author} is filled in with the personal data taken out; {case} and {brand} too.
      expect(answer.text).toContain("Hi [email], sorry your parcel is late (case 1). Acme Telecom");
      const unknown = await type("reply 1 template:nope", /No template "nope"/);
      expect(unknown.text).toContain("sorry-shipping (en)");
    });

    it("Reply…, Resolve… and Assign… open a form (or say what to type), and a form submitted twice applies once", async () => {
      const { card } = await alerted();
      const { driver } = rig;
      expect(card.buttons).toEqual(expect.arrayContaining(["Reply…", "Resolve…", "Assign…"]));
      if (!driver.click || !driver.modal || !driver.submit) {
        // The terminal: the buttons are the commands to type.
        expect(card.text).toContain("/orm reply 1 TEXT");
        expect(card.text).toContain("/orm assign 1 @user");
        return;
      }
      await driver.click(ana(), card, "Reply…");
      const form = await eventually(() => driver.modal!(ana()), "the reply form");
      expect(form.title).toBe("Reply to case #1");
      expect(form.text).toMatch(/No template in Spanish \(es\)/);
      expect(form.fields[0]!.initial).toBe("Hi [email], sorry your parcel is late (case 1). Acme Telecom");

      const tooLong = await driver.submit(ana(), form, { answer: "x".repeat(5000) });
      if (tooLong.errors) expect(tooLong.errors.answer).toMatch(/characters/);
      else await eventually(() => seenBy(ana()).find((m) => /Not saved/.test(m.text)), "the private refusal");
      expect((await rig.bot.services.cases.get(1)).firstResponseAt).toBeNull();

      const first = await driver.submit(ana(), form, { answer: "Hola Bob, ya lo estamos mirando." });
      expect(first.errors).toBeNull();
      await first.again();
      await eventually(
        () => seenBy(ana()).find((m) => /Answer recorded on case #1/.test(m.text)),
        "the reply recorded",
      );
      await jobs().drain();
      let c = await rig.bot.services.cases.get(1);
      expect(c.history.filter((h) => h.action === "respond")).toHaveLength(1);

      await driver.click(ana(), card, "Assign…");
      const assign = await eventually(
        () => (driver.modal!(ana())?.title === "Assign case #1" ? driver.modal!(ana()) : null),
        "the assign form",
      );
      await driver.submit(ana(), assign, { owner: ben(), note: "You speak Spanish: yours" });
      await eventually(() => seenBy(ana()).find((m) => /Case #1 assigned to/.test(m.text)), "assigned");
      c = await rig.bot.services.cases.get(1);
      expect(c.owner).toBe(ben());
      expect(c.history.at(-1)!.note).toBe(`assigned to ${ben()} — You speak Spanish: yours`);

      await driver.click(ana(), card, "Resolve…");
      const resolve = await eventually(
        () => (driver.modal!(ana())?.title === "Resolve case #1" ? driver.modal!(ana()) : null),
        "the resolve form",
      );
      expect(resolve.fields.find((f) => f.id === "outcome")!.initial).toBe("answered");
      await driver.submit(ana(), resolve, { outcome: "fixed", note: "Courier found it" });
      await eventually(
        () => seenBy(ana()).find((m) => /Case #1 resolved \(fixed\)/.test(m.text)),
        "resolved",
      );
      c = await rig.bot.services.cases.get(1);
      expect(c.status).toBe("resolved");
      expect(c.history.at(-1)!.note).toBe("fixed — Courier found it");
    });

    it("a form on a case closed while it was open changes nothing and says why", async () => {
      const { card } = await alerted();
      const { driver } = rig;
      if (!driver.click || !driver.modal || !driver.submit) return;
      await driver.click(ana(), card, "Reply…");
      const form = await eventually(() => driver.modal!(ana()), "the reply form");
      await type("resolve 1 spam", /Case #1 resolved \(spam\)/);
      const late = await driver.submit(ana(), form, { answer: "Hola Bob" });
      if (late.errors)
        expect(late.errors.answer).toBe("Case #1 was resolved meanwhile; nothing was changed.");
      else
        await eventually(
          () => seenBy(ana()).find((m) => /Not saved:[\s\S]*resolved meanwhile/.test(m.text)),
          "refusal",
        );
      const c = await rig.bot.services.cases.get(1);
      expect(c.history.some((h) => h.action === "respond")).toBe(false);
      expect(c.firstResponseAt).toBeNull();
    });

    it("a form that can't open in time (the platform's 3 s) opens nothing and changes nothing", async () => {
      const { card } = await alerted();
      const { driver } = rig;
      if (!rig.ageNextRequest || !driver.click || !driver.modal) return;
      rig.ageNextRequest(4000);
      const mark = seenBy(ana()).length;
      await driver.click(ana(), card, "Reply…");
      // Slack still takes an answer through the click's response_url: it says to click again. On
      // Discord the interaction is gone after 3 s, so nothing can be said.
      if (rig.answersLateClicks)
        await eventually(() => since(ana(), mark).find((m) => /Click again/.test(m.text)), "click again");
      expect(driver.modal(ana())).toBeNull();
      const c = await rig.bot.services.cases.get(1);
      expect(c.version).toBe(0);
    });
  });
}
