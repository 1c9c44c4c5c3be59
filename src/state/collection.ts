import type { z } from "zod";
import { PermanentError } from "../core/errors.js";
import type { DocumentRepo, StoredDocument } from "../ports/store.js";

/** What a typed repository stores in one collection: its name, schema, schema version and indexes. */
export interface CollectionSpec<T> {
  /** The collection's name in the store: lower-case words joined by dashes. */
  name: string;
  /** The schema version written now (1, 2…); older documents go through `upgrade`, newer ones are refused. */
  version: number;
  /** Checks every document read (bodies only; ids are the store's). */
  schema: z.ZodType<T>;
  /** Turns a body written at `fromVersion` (below `version`) into the current shape, before the schema check. */
  upgrade?: (body: unknown, fromVersion: number) => unknown;
  /** The document's secondary index values (null: not in that index). */
  index?: (doc: T) => Record<string, string | null>;
}

/** A stored document that can't be read: damaged, or written by a newer version. Retrying won't help. */
export class StoreDataError extends PermanentError {}

/** Write options: the document is gone `ttlMs` after the write. */
export interface PutOptions {
  ttlMs?: number;
}

/** A document with its id. */
export interface Entry<T> {
  id: string;
  doc: T;
}

/**
 * One collection seen through its spec: writes stamp the current version and index values, reads upgrade
 * older versions and validate with the schema, so callers only ever see a checked `T`.
 */
export class Collection<T> {
  constructor(
    private readonly docs: DocumentRepo,
    readonly spec: CollectionSpec<T>,
  ) {}

  async get(id: string): Promise<T | null> {
    const d = await this.docs.get(this.spec.name, id);
    return d ? this.decode(d) : null;
  }

  /** The documents with these ids, in order (null where missing), in one round trip. */
  async getMany(ids: readonly string[]): Promise<Array<T | null>> {
    return (await this.docs.getMany(this.spec.name, ids)).map((d) => (d ? this.decode(d) : null));
  }

  async put(id: string, doc: T, options: PutOptions = {}): Promise<void> {
    await this.docs.put(this.spec.name, this.write(id, doc, options));
  }

  /** Writes only when no live document has this id; true when this call wrote it (atomic across replicas). */
  async putIfAbsent(id: string, doc: T, options: PutOptions = {}): Promise<boolean> {
    return this.docs.putIfAbsent(this.spec.name, this.write(id, doc, options));
  }

  async delete(id: string): Promise<void> {
    await this.docs.delete(this.spec.name, id);
  }

  /** Every live document, in no particular order. */
  async list(): Promise<Array<Entry<T>>> {
    return (await this.docs.list(this.spec.name)).map((d) => ({ id: d.id, doc: this.decode(d) }));
  }

  /** The live documents whose `index` value is `value` (through the index, no scan). */
  async find(index: string, value: string): Promise<Array<Entry<T>>> {
    return (await this.docs.find(this.spec.name, index, value)).map((d) => ({
      id: d.id,
      doc: this.decode(d),
    }));
  }

  private write(id: string, doc: T, options: PutOptions) {
    return {
      id,
      version: this.spec.version,
      body: doc,
      ...(this.spec.index ? { index: this.spec.index(doc) } : {}),
      ...(options.ttlMs ? { ttlMs: options.ttlMs } : {}),
    };
  }

  /** A stored document as `T`: upgraded when older, refused when newer, then checked by the schema. */
  decode(d: StoredDocument): T {
    const where = `${this.spec.name}/${d.id}`;
    if (d.version > this.spec.version)
      throw new StoreDataError(
        `${where} has version ${d.version}, newer than this bot's ${this.spec.version}`,
      );
    const body =
      d.version < this.spec.version && this.spec.upgrade ? this.spec.upgrade(d.body, d.version) : d.body;
    const parsed = this.spec.schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new StoreDataError(
        `${where} is damaged: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`,
      );
    }
    return parsed.data;
  }
}
