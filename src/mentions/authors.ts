import type { Clock } from "../ports/clock.js";
import type { AuthorProfile, AuthorRepo } from "../ports/store.js";

/** The authors the bot has seen (`source:handle`): their history, and the watchlist. */
export class AuthorService {
  constructor(
    private readonly authors: AuthorRepo,
    private readonly clock: Clock,
  ) {}

  /** What the bot knows about an author, or null when never seen. */
  async get(key: string): Promise<AuthorProfile | null> {
    return this.authors.get(key);
  }

  /** Watches (or stops watching) an author; their mentions are flagged and followed while watched. */
  async setWatched(key: string, watched: boolean): Promise<AuthorProfile> {
    const profile = await this.authors.get(key);
    return this.authors.setWatched(key, profile?.name ?? key, watched, this.clock.now());
  }

  /** The watched authors. */
  async watched(): Promise<AuthorProfile[]> {
    return this.authors.listWatched();
  }
}
