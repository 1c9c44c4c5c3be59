/** Words too common to explain a surge (English, Spanish, Russian), plus web noise. */
const STOPWORDS = new Set(
  (
    "the and for are but not you your with this that have has had was were will would can could from they them " +
    "their there what when where which who why how all any just about into out our ours its it's i'm don't " +
    "been being than then too very more most some such only own same also again get got one two new now like " +
    "http https www com via amp " +
    "que los las del por para con una uno unos unas como pero más mas sus ese esa eso esta este esto son " +
    "muy sin sobre entre cuando hay fue ser está estan están todo todos nos les qué ya porque hace han " +
    "что это как так все они его она для или уже если был была были быть нет мне меня вот они при " +
    "кто там тут где чем очень еще ещё только когда даже вам вас нас наш ваш этот эта эти"
  ).split(/\s+/),
);

/** Distinct content words of a text: lower-cased, letters only, 3+ characters, no stopwords or `exclude`. */
export function contentTerms(text: string, exclude: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const clean = text.toLowerCase().replace(/https?:\/\/\S+/g, " ");
  for (const w of clean.split(/[^\p{L}\p{N}']+/u)) {
    const t = w.replace(/^'+|'+$/g, "");
    if (t.length < 3 || /^\p{N}+$/u.test(t) || STOPWORDS.has(t) || exclude.has(t)) continue;
    out.add(t);
  }
  return out;
}

/** Per-term document counts of a set of texts. */
export function documentCounts(texts: string[], exclude: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const text of texts) for (const t of contentTerms(text, exclude)) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

/**
 * Terms over-represented in `target` against `background` by the log-odds ratio with an informative
 * Dirichlet prior (Monroe, Colaresi & Quinn 2008), as z-scores; only terms in at least `minDocs` target
 * documents and with z ≥ `minZ`, strongest first.
 */
export function overRepresented(
  target: Map<string, number>,
  targetDocs: number,
  background: Map<string, number>,
  backgroundDocs: number,
  options: { minDocs: number; minZ: number; limit: number; priorSize?: number },
): Array<{ term: string; z: number; docs: number }> {
  const a0 = options.priorSize ?? 500;
  const totalDocs = targetDocs + backgroundDocs;
  const out: Array<{ term: string; z: number; docs: number }> = [];
  for (const [term, y1] of target) {
    if (y1 < options.minDocs) continue;
    const y2 = background.get(term) ?? 0;
    const aw = Math.max(0.01, (a0 * (y1 + y2)) / totalDocs);
    const l1 = Math.log((y1 + aw) / (targetDocs + a0 - y1 - aw));
    const l2 = Math.log((y2 + aw) / (backgroundDocs + a0 - y2 - aw));
    const z = (l1 - l2) / Math.sqrt(1 / (y1 + aw) + 1 / (y2 + aw));
    if (z >= options.minZ) out.push({ term, z, docs: y1 });
  }
  return out
    .sort((a, b) => b.z - a.z || b.docs - a.docs || a.term.localeCompare(b.term))
    .slice(0, options.limit);
}
