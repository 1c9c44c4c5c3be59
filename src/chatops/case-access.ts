import type { Case } from "../core/case.js";
import { UserError } from "../core/errors.js";
import type { ChatUser } from "../ports/chat.js";
import type { Permission } from "./permissions.js";
import type { Services } from "./services.js";

/**
 * The case `id` once `user` may `what` it: a team's case to its members (others need `assign` or
 * `configure`), any other case to holders of `perm`. Case commands check here instead of declaring a
 * permission, because the answer depends on the case. Throws a UserError (a private refusal) otherwise.
 */
export async function caseFor(
  services: Services,
  user: ChatUser,
  id: number,
  perm: Permission,
  what: string,
): Promise<Case> {
  const c = await services.cases.get(id);
  const why = services.permissions.caseRefusal(user, c, perm, what);
  if (why) throw new UserError("forbidden", why);
  return c;
}
