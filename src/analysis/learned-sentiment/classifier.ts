import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../core/paths.js";
import type { BrandMatcher } from "./brand.js";
import { Featurizer } from "./features.js";
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
      throw new Error(
        `${path}: sentiment model missing (run \`npm run train\`, or set analysis.sentimentModel: rules)`,
      );
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      throw new Error(`${path}: cannot read the sentiment model: ${(e as Error).message}`);
    }
    try {
      const { header, weights } = decodeModel(bytes);
      return new SentimentClassifier(header, weights, performance.now() - started);
    } catch (e) {
      throw new Error(`${path}: ${(e as Error).message}`);
    }
  }

  /** Raw logits for a list of feature buckets (before calibration). */
  logitsOf(buckets: Int32Array): Float64Array {
    const z = this.z;
    const w = this.weights;
    let z0 = 0;
    let z1 = 0;
    let z2 = 0;
    for (let i = 0; i < buckets.length; i++) {
      const at = buckets[i]! * 3;
      z0 += w[at]!;
      z1 += w[at + 1]!;
      z2 += w[at + 2]!;
    }
    const norm = 1 / Math.sqrt(buckets.length);
    const { scale } = this.header;
    z[0] = z0 * scale[0]! * norm;
    z[1] = z1 * scale[1]! * norm;
    z[2] = z2 * scale[2]! * norm;
    return z;
  }

  /**
   * Calibrated probabilities of a text, the brand's mentions read as `<brand>`; `ruleFlags`: what the
   * rules found (rule-flags.ts), when the model was trained with them (header `ruleFeatures`).
   */
  probabilities(text: string, brand?: BrandMatcher | null, ruleFlags: readonly string[] = []): Probabilities {
    const s = prepareForModel(text, brand);
    if (this.header.ruleFeatures) s.flags.push(...ruleFlags);
    const z = this.logitsOf(this.featurizer.buckets(s));
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
