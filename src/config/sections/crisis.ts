import { z } from "zod";

/** Who holds a crisis role: a chain of user ids paged in order. */
export const RoleSchema = z
  .object({
    chain: z.array(z.string().min(1)).default([]).describe("User ids, paged in order until one acknowledges"),
  })
  .strict();

export const CrisisConfigSchema = z
  .object({
    playbooksDir: z.string().default("playbooks").describe("Folder of playbook YAML files"),
    defaultPlaybook: z.string().default("social-media-crisis"),
    managersChannel: z
      .string()
      .optional()
      .describe("Where crisis proposals go (defaults to the alert channel)"),
    roles: z.record(z.string(), RoleSchema).default({}),
  })
  .strict();
