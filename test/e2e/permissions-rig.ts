/**
 * The permissions scenario both chats run: a team that owns its cases (logistics: UANA, the `crew`
 * group, lead ULEAD), UBOSS the only one named under assign, escalate and configure, and crisis roles
 * for the data-protection playbook (whose "notify the authority or not" decision only dpo and legal may take).
 */
export const PERMISSIONS_YAML = `
brand: { name: Acme Telecom, languages: [en], timezone: UTC }
routing:
  alertWhen: { sentiment: [negative], orMinReach: 95 }
  rules:
    - name: shipping
      when: { topics: [shipping] }
      channel: CSHIP
      team: logistics
teams:
  logistics: { lead: ULEAD, members: [UANA, "group:crew"] }
permissions:
  assign: [UBOSS]
  escalate: [UBOSS]
  configure: [UBOSS]
crisis:
  roles:
    dpo: { chain: [UDPO] }
    legal: { chain: [ULAW] }
    community: { chain: [UCOM] }
    dircom: { chain: [UDIR] }
`;

/** What UOUT (no role, no permission, no team) is told for a step of the data-protection crisis. */
export const CONTAIN_REFUSAL =
  'Only community (@UCOM), the crisis lead dpo (@UDPO) or someone with the "escalate" permission may mark done "Contain the exposure".';

/** What anyone but dpo and legal is told for the notify-or-not decision. */
export const DECISION_REFUSAL =
  'Only dpo (@UDPO) or legal (@ULAW) may decide "Assess the risk to the people affected": the playbook limits it to those roles.';

/** What someone outside team logistics is told for its case #1. */
export const TEAM_REFUSAL = (what: string) =>
  `Case #1 belongs to team logistics (@UANA, group:crew, @ULEAD): only its members, or someone with the "assign" or "configure" permission, may ${what} it.`;
