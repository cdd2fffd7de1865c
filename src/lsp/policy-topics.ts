/**
 * Hover links a policy rule to the names its configured policies select: hovering `<model type>`
 * in an interface lists `policy` when a policy selects `devices/interface/model@type`, and hovering
 * `<forward mode>` in a network lists `policy-network` when one of its policies selects
 * `forward@mode`. Rules name what they concern in their words (rule-topics.ts) or `meta.reportsOn`;
 * a policy names it in its options, so a policy rule is listed by its configuration only.
 */
import type { RuleSetting } from '../linter/lint.js';
import { parseSelect } from '../model/select.js';
import type { Rule } from '../rule.js';
import type { Topic } from './rule-topics.js';

/**
 * The policy rule of each root element: `policy` for `<domain>`, `policy-<kind>` for the others
 * (rules/policy-*.ts). Their paths start below that root.
 */
const POLICY_RULE_OF_ROOT: ReadonlyMap<string, string> = new Map([
  ['domain', 'policy'],
  ['network', 'policy-network'],
  ['pool', 'policy-pool'],
  ['volume', 'policy-volume'],
  ['secret', 'policy-secret'],
  ['filter', 'policy-filter'],
]);
/** The policy rules, `policy` included. */
const POLICY_RULES: ReadonlySet<string> = new Set(POLICY_RULE_OF_ROOT.values());

/**
 * Whether any policy configured in `setting` selects the hovered element or attribute (filters aside:
 * hover is about a name). `root`: the root element the setting's rule checks (default `domain`): a
 * network's `<name>` is not what `policy`'s `select: 'name'` reads.
 */
export function policyConcerns(topic: Topic, setting: RuleSetting | undefined, root = 'domain'): boolean {
  if (typeof setting === 'string' || setting === undefined || setting[0] === 'off') return false;
  if (topic.path[0] !== root) return false;
  const below = topic.path.slice(1); // paths start below the root element
  return setting.slice(1).some((o: unknown) => {
    const select = typeof o === 'object' && o !== null ? (o as { select?: unknown }).select : undefined;
    const path = typeof select === 'string' ? parseSelect(select) : undefined;
    if (!path || path.attribute !== topic.attribute) return false;
    return path.steps.length === below.length && path.steps.every((s, i) => s.name === '*' || s.name === below[i]);
  });
}

/**
 * The rules a hover lists for `topic`: `found` (placed by their words or `reportsOn`), with the
 * document's policy rule added when one of its configured policies selects the topic. Policy rules
 * are listed by their configuration only: a policy rule of another kind than the domain carries its
 * root as `reportsOn` (every such rule must say where it reports), and the words of `policy`'s
 * description ("policies") named `<cpu><feature policy>` and three other `policy` attributes, so each
 * was listed where no policy of the user's selects anything.
 */
export function withPolicyRule(found: readonly Rule[], topic: Topic, rules: readonly Rule[], settings: Readonly<Record<string, RuleSetting>> | undefined): readonly Rule[] {
  const root = topic.path[0];
  const id = root === undefined ? undefined : POLICY_RULE_OF_ROOT.get(root);
  const others = found.some((r) => POLICY_RULES.has(r.meta.id)) ? found.filter((r) => !POLICY_RULES.has(r.meta.id)) : found;
  if (id === undefined) return others;
  const policy = rules.find((r) => r.meta.id === id);
  return policy && !others.includes(policy) && policyConcerns(topic, settings?.[id], root) ? [...others, policy] : others;
}
