import { z } from "zod";
import { SENTIMENT_LABELS } from "../../core/analysis.js";

/**
 * The sentiment model file, models/sentiment-<lang>.bin: the 8 bytes `ORMSENT1`, a little-endian
 * uint32 giving the JSON header's length in bytes, the UTF-8 JSON header, zero padding to an even
 * offset, then the weights as little-endian int16: bucket b's weight for class k at `b * 3 + k`,
 * worth `int16 * scale[k]`. A 2^19-bucket model is 3 MB.
 */
export const MAGIC = "ORMSENT1";
export const FILE_VERSION = 1;

export const SentimentModelHeaderSchema = z
  .object({
    version: z.literal(FILE_VERSION),
    lang: z.string().length(2),
    classes: z
      .array(z.enum(SENTIMENT_LABELS))
      .refine((c) => c.join() === SENTIMENT_LABELS.join(), "expected negative, neutral, positive"),
    /** log2 of the number of hash buckets. */
    bits: z.number().int().min(10).max(24),
    /** Per class: what one int16 step of its weights is worth. */
    scale: z.array(z.number().positive().finite()).length(3),
    /** Calibration: logits are divided by it, then the biases added, before the softmax. */
    temperature: z.number().positive().finite(),
    bias: z.array(z.number().finite()).length(3),
    /** P(negative) from which a mention is alert-worthy, as chosen on the development data. */
    negativeThreshold: z.number().min(0).max(1),
    /** Whether the rules' findings are features (rule-flags.ts). */
    ruleFeatures: z.boolean(),
    /** Rows per dataset file the model was fitted on. */
    trainedOn: z.record(z.string(), z.number().int().nonnegative()),
    seed: z.number().int(),
  })
  .strict();
export type SentimentModelHeader = z.infer<typeof SentimentModelHeaderSchema>;

/** A decoded model file. */
export interface SentimentModelData {
  header: SentimentModelHeader;
  weights: Int16Array;
}

/** Encodes a model (header and float weights, quantised to int16 per class). */
export function encodeModel(header: Omit<SentimentModelHeader, "scale">, weights: Float32Array): Buffer {
  const scale = [0, 1, 2].map((k) => {
    let max = 0;
    for (let i = k; i < weights.length; i += 3) max = Math.max(max, Math.abs(weights[i]!));
    return max > 0 ? max / 32767 : 1;
  });
  const json = Buffer.from(JSON.stringify({ ...header, scale }), "utf8");
  const start = 12 + json.length + ((12 + json.length) % 2);
  const out = Buffer.alloc(start + weights.length * 2);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(json.length, 8);
  json.copy(out, 12);
  for (let i = 0; i < weights.length; i++)
    out.writeInt16LE(Math.round(weights[i]! / scale[i % 3]!), start + i * 2);
  return out;
}

/** Decodes a model file's bytes; throws an error naming what is wrong (the caller adds the path). */
export function decodeModel(bytes: Buffer): SentimentModelData {
  if (bytes.length < 12 || bytes.toString("latin1", 0, 8) !== MAGIC)
    throw new Error(`not a sentiment model (expected it to start with ${MAGIC})`);
  const length = bytes.readUInt32LE(8);
  if (12 + length > bytes.length) throw new Error(`header of ${length} bytes runs past the end of the file`);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8", 12, 12 + length));
  } catch {
    throw new Error("header is not valid JSON");
  }
  const parsed = SentimentModelHeaderSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`header: ${issue?.path.join(".") || "(header)"}: ${issue?.message ?? "invalid"}`);
  }
  const header = parsed.data;
  const start = 12 + length + ((12 + length) % 2);
  const expected = (1 << header.bits) * 3 * 2;
  if (bytes.length - start !== expected)
    throw new Error(
      `weights: expected ${expected} bytes for 2^${header.bits} buckets, found ${bytes.length - start} (truncated or corrupt)`,
    );
  // copy into an aligned array (the file buffer's offset may be odd)
  const weights = new Int16Array(expected / 2);
  for (let i = 0; i < weights.length; i++) weights[i] = bytes.readInt16LE(start + i * 2);
  return { header, weights };
}
