import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server on 127.0.0.1 whose routes tests set; records every request. */
export class FeedServer {
  readonly requests: IncomingMessage[] = [];
  private readonly routes = new Map<string, Handler>();
  private server: Server | null = null;
  url = "";

  route(path: string, handler: Handler): void {
    this.routes.set(path, handler);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests.push(req);
      const h = this.routes.get((req.url ?? "/").split("?")[0]!);
      if (h) h(req, res);
      else {
        res.statusCode = 404;
        res.end("not found");
      }
    });
    await new Promise<void>((r) => this.server!.listen(0, "127.0.0.1", r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }
}
