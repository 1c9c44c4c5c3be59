/**
 * BullMQ refuses custom job ids with `:` or that look like integers; ours (`sla:3`, `alert-12`) are
 * encoded as `j.` + the id with `%` and `:` escaped, and decoded back for handlers.
 */
export function encodeJobId(id: string): string {
  return `j.${id.replace(/%/g, "%25").replace(/:/g, "%3A")}`;
}

/** The port's job id for a BullMQ job id (scheduler-made ids pass through unchanged). */
export function decodeJobId(bullId: string | undefined): string {
  if (!bullId) return "";
  if (!bullId.startsWith("j.")) return bullId;
  return bullId.slice(2).replace(/%3A/g, ":").replace(/%25/g, "%");
}
