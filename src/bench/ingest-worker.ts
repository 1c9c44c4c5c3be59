// Child process of the ingest benchmark: one "worker process" ingesting its share of the workload
// into Redis. Usage: node dist/src/bench/ingest-worker.js URL PREFIX FROM TO; prints {"ms": n}.
import { buildBenchPipeline, ingestRange } from "./ingest-workload.js";

const [url, prefix, from, to] = process.argv.slice(2);
if (!url || !prefix || from === undefined || to === undefined) {
  process.stderr.write("usage: ingest-worker URL PREFIX FROM TO\n");
  process.exit(2);
}
const bench = await buildBenchPipeline({ url, prefix });
const ms = await ingestRange(bench.pipeline, Number(from), Number(to));
await bench.close();
process.stdout.write(`${JSON.stringify({ ms })}\n`);
