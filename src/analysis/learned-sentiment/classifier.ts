import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../../core/errors.js";
import { PACKAGE_ROOT } from "../../core/paths.js";
import type { BrandMatcher } from "./brand.js";
import { type FeatureSink, Featurizer } from "./features.js";
import { decodeModel, type SentimentModelHeader } from "./model-file.js";
import { prepareForModel } from "./prepare.js";

/** Where the shipped sentiment models live. */
export const SENTIMENT_MODELS_DIR = join(PACKAGE_ROOT, "models");

/** A language's model file path. */
export function sentimentModelPath(lang: string, dir = SENTIMENT_MODELS_DIR): string {
  return join(dir, `sentiment-${lang}.bin`);
}

/** Class probabilities after calibration: negative, neutral, positive. */
export type Probabilities = [number, number, number];

/**
 * A language's learned sentiment model: multinomial logistic regression over hashed word, word-pair
 * and character n-gram features (features.ts), trained by `npm run train` on human-labelled corpora,
 * with its calibration (temperature and class biases, chosen on held-out data) in the file's header.
 */
export class SentimentClassifier {
  private readonly featurizer: Featurizer;
  private readonly z = new Float64Array(3);

  constructor(
    readonly header: SentimentModelHeader,
    private readonly weights: Int16Array,
    /** How long loading took, for the bench. */
    readonly loadMs = 0,
  ) {
    this.featurizer = new Featurizer(header.bits);
  }

  /**
   * Loads a model file. Throws, naming the path and what is wrong, when it is missing or corrupt:
   * start-up stops rather than run without the model the config asks for.
   */
  static load(path: string): SentimentClassifier {
    const started = performance.now();
    if (!existsSync(path))
      throw new UserError(
        "model_missing",
        `${path}: sentiment model missing (run \`npm run train\`, or set analysis.sentimentModel: rules)`,
      );
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw new UserError(
        "model_unreadable",
        `${path}: cannot read the sentiment model: ${(e as Error).message}`,
      );
    }
    try {
      const { header, weights } = decodeModel(bytes);
      return new SentimentClassifier(header, weights, performance.now() - started);
    } catch (e) {
      throw new UserError("model_corrupt", `${path}: ${(e as Error).message}`);
    }
  }

  /** Integer weight sums per class and the feature count of the text being read. */
  private readonly sums = new Float64Array(3);
  private count = 0;
  private readonly sink: FeatureSink = {
    bucket: (b) => {
      const at = b * 3;
      const w = this.weights;
      this.sums[0]! += w[at]!;
      this.sums[1]! += w[at + 1]!;
      this.sums[2]! += w[at + 2]!;
      this.count++;
    },
    // a word's char n-grams always sum to the same: summed once per word, then reused
    chars: (f) => {
      let c = f.charSums;
      if (!c) {
        c = new Float64Array(3);
        const w = this.weights;
        for (let i = 0; i < f.chars.length; i++) {
          const at = f.chars[i]! * 3;
          c[0]! += w[at]!;
          c[1]! += w[at + 1]!;
          c[2]! += w[at + 2]!;
        }
        f.charSums = c;
      }
      this.sums[0]! += c[0]!;
      this.sums[1]! += c[1]!;
      this.sums[2]! += c[2]!;
      this.count += f.chars.length;
    },
  };

  /** Scales the sums to logits: the int16 step per class, and 1/√(feature count). */
  private finish(count: number): Float64Array {
    const norm = 1 / Math.sqrt(Math.max(1, count));
    const { scale } = this.header;
    for (let k = 0; k < 3; k++) this.z[k] = this.sums[k]! * scale[k]! * norm;
    return this.z;
  }

  /**
   * Calibrated probabilities of a text, the brand's mentions read as `<brand>`; `ruleFlags`: what the
   * rules found (rule-flags.ts), when the model was trained with them (header `ruleFeatures`).
   */
  probabilities(text: string, brand?: BrandMatcher | null, ruleFlags: readonly string[] = []): Probabilities {
    const s = prepareForModel(text, brand);
    if (this.header.ruleFeatures) s.flags.push(...ruleFlags);
    this.sums.fill(0);
    this.count = 0;
    this.featurizer.walk(s, this.sink);
    const z = this.finish(this.count);
    return calibrated(z, this.header.temperature, this.header.bias);
  }
}

/** Softmax of logits / temperature + bias. */
export function calibrated(
  z: ArrayLike<number>,
  temperature: number,
  bias: readonly number[],
): Probabilities {
  const a = z[0]! / temperature + bias[0]!;
  const b = z[1]! / temperature + bias[1]!;
  const c = z[2]! / temperature + bias[2]!;
  const max = Math.max(a, b, c);
  const ea = Math.exp(a - max);
  const eb = Math.exp(b - max);
  const ec = Math.exp(c - max);
  const sum = ea + eb + ec;
  return [ea / sum, eb / sum, ec / sum];
}
