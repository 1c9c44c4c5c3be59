import type { DocumentRepo, DocumentWrite, StoredDocument } from "../../ports/store.js";
import { checkName, indexEntries } from "../store-names.js";
import type { RedisConnection, Reply } from "./connection.js";
import { DELETE_DOC, PUT_DOC, RAISE_SEQUENCE, READ_DOCS } from "./doc-scripts.js";

/** Ids per MULTI when reading many documents. */
const READ_CHUNK = 500;

/**
 * Documents in Redis: a hash per document (`doc:<collection>:<id>`: version, body JSON, index values),
 * a sorted set of a collection's ids (`doc-ids:<collection>`) and one per index value
 * (`doc-by:<collection>:<index>:<value>`), scored by expiry; sequences are counters (`seq:<name>`).
 */
export class RedisDocumentRepo implements DocumentRepo {
  constructor(private readonly conn: RedisConnection) {}

  private docKey(c: string, id: string): string {
    return this.conn.key("doc", checkName("collection", c), id);
  }

  private idsKey(c: string): string {
    return this.conn.key("doc-ids", checkName("collection", c));
  }

  private indexPrefix(c: string): string {
    return `${this.conn.key("doc-by", c)}:`;
  }

  async get(c: string, id: string): Promise<StoredDocument | null> {
    const [one] = await this.getMany(c, [id]);
    return one ?? null;
  }

  async getMany(c: string, ids: readonly string[]): Promise<Array<StoredDocument | null>> {
    const out: Array<StoredDocument | null> = [];
    for (let i = 0; i < ids.length; i += READ_CHUNK) {
      const part = ids.slice(i, i + READ_CHUNK);
      const cmds = part.map((id) => ["HMGET", this.docKey(c, id), "v", "b"]);
      const rows = (
        part.length === 1 ? [await this.conn.cmd(cmds[0]!)] : await this.conn.multi(cmds)
      ) as Array<Array<string | null>>;
      rows.forEach((row, j) => {
        out.push(row[1] ? { id: part[j]!, version: Number(row[0]), body: JSON.parse(row[1]) } : null);
      });
    }
    return out;
  }

  private async write(c: string, d: DocumentWrite, onlyIfAbsent: boolean): Promise<boolean> {
    const ttl = d.ttlMs ? String(Math.max(1, Math.round(d.ttlMs))) : "";
    const args = [
      d.id,
      d.version,
      JSON.stringify(d.body),
      ttl,
      onlyIfAbsent ? "1" : "0",
      this.indexPrefix(c),
    ];
    for (const [name, value] of indexEntries(d.index)) args.push(name, value);
    const reply = await this.conn.eval(PUT_DOC, [this.docKey(c, d.id), this.idsKey(c)], args);
    return Number(reply) === 1;
  }

  async put(c: string, d: DocumentWrite): Promise<void> {
    await this.write(c, d, false);
  }

  putIfAbsent(c: string, d: DocumentWrite): Promise<boolean> {
    return this.write(c, d, true);
  }

  async delete(c: string, id: string): Promise<void> {
    await this.conn.eval(DELETE_DOC, [this.docKey(c, id), this.idsKey(c)], [id, this.indexPrefix(c)]);
  }

  async list(c: string): Promise<StoredDocument[]> {
    return this.read(this.idsKey(c), c);
  }

  async find(c: string, index: string, value: string): Promise<StoredDocument[]> {
    return this.read(
      `${this.indexPrefix(checkName("collection", c))}${checkName("index", index)}:${value}`,
      c,
    );
  }

  private async read(setKey: string, c: string): Promise<StoredDocument[]> {
    const flat = (await this.conn.eval(READ_DOCS, [setKey], [`${this.conn.key("doc", c)}:`])) as Reply[];
    const out: StoredDocument[] = [];
    for (let i = 0; i + 2 < flat.length; i += 3)
      out.push({ id: String(flat[i]), version: Number(flat[i + 1]), body: JSON.parse(String(flat[i + 2])) });
    return out;
  }

  async nextId(sequence: string): Promise<number> {
    return Number(await this.conn.cmd(["INCR", this.conn.key("seq", checkName("sequence", sequence))]));
  }

  /** Moves a sequence up so its next number is above `atLeast` (upgrades from data numbered without it). */
  async raiseSequence(sequence: string, atLeast: number): Promise<void> {
    await this.conn.eval(RAISE_SEQUENCE, [this.conn.key("seq", checkName("sequence", sequence))], [atLeast]);
  }
}
