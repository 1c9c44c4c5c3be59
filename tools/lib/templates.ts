import { join } from "node:path";
import { PACKAGE_ROOT } from "../../src/core/paths.js";
import { loadCorpus } from "../../test/eval/corpus.js";
import type { Row } from "./datasets.js";

/**
 * The brand mentions we wrote ourselves (test/fixtures/corpus, from templates; data/train by the same
 * hands): the "own" evaluation set is the corpus's held-out split. `--with-templates` also fits on
 * data/train and the corpus's tune split, to measure whether they help on real text.
 */
export function templateRows(split: "heldout" | "fit"): Row[] {
  const items =
    split === "heldout"
      ? loadCorpus().filter((i) => i.split === "heldout")
      : [
          ...loadCorpus().filter((i) => i.split === "tune"),
          ...loadCorpus(join(PACKAGE_ROOT, "data", "train", "train.jsonl")),
        ];
  return items
    .filter((i) => ["en", "es", "ru"].includes(i.lang))
    .map((i, n) => ({
      text: i.text,
      label: i.sentiment,
      file: "own_templates",
      lang: i.lang,
      domain: "tweet" as const,
      target: undefined,
      line: n + 1,
    }));
}
