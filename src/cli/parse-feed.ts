import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Config } from "../config/schema.js";
import { FetchConfigSchema } from "../config/sections/sources.js";
import { fetchFeed } from "../connectors/feed/fetch.js";
import { createFeedParser } from "../connectors/feed/parse-pool.js";
import { UserError } from "../core/errors.js";
import { mentionToContractJson } from "../core/mention.js";
import { out } from "./io.js";

/** A short source id for a feed given on the command line: its host, or its file name. */
function sourceIdFor(target: string): string {
  try {
    return new URL(target).hostname || "feed";
  } catch {
    const name = target.split(/[\\/]/).pop() ?? "feed";
    return name.replace(/(\.(xml|rss|atom|rdf|json|feed))+$/i, "").toLowerCase() || "feed";
  }
}

/** `orm-bot parse-feed FILE-OR-URL`: one mention per line, every contract key present. */
export async function parseFeedVerb(target: string, config: Config | null): Promise<number> {
  const fetchConfig = config?.fetch ?? FetchConfigSchema.parse({});
  const isUrl = /^https?:\/\//i.test(target);
  let body: Buffer;
  let contentType: string | null = null;
  let baseUrl: string;
  if (isUrl) {
    const r = await fetchFeed(target, { ...fetchConfig });
    body = r.body;
    contentType = r.contentType;
    baseUrl = r.url ?? target;
  } else {
    const path = resolve(target);
    try {
      body = await readFile(path);
    } catch (err) {
      throw new UserError(
        "feed_unreadable",
        `${target}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? "error"})`,
      );
    }
    baseUrl = pathToFileURL(path).href;
  }
  // Parsed in a worker with the same time cap as a running bot: a pathological file is refused, not hung on.
  const parser = createFeedParser({ timeoutMs: fetchConfig.parseTimeoutMs, size: 1 });
  const feed = await parser
    .parse(body, {
      sourceId: sourceIdFor(target),
      baseUrl,
      contentType: contentType ?? undefined,
      maxItems: fetchConfig.maxItems,
    })
    .finally(() => parser.close());
  for (const m of feed.mentions) await out(JSON.stringify(mentionToContractJson(m)));
  return 0;
}
