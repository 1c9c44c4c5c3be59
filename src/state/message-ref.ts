import { z } from "zod";
import type { MessageRef } from "../ports/chat.js";

/** A posted chat message's address (channel and platform message id), as stored in documents. */
export const MessageRefSchema: z.ZodType<MessageRef> = z.object({ channel: z.string(), ts: z.string() });
