/**
 * Hover links the `policy` rule to the names its configured policies select: hovering `<model type>`
 * in an interface lists `policy` when a policy selects `devices/interface/model@type`. Rules name
 * what they concern in their words (rule-topics.ts); a policy names it in its options.
 */
import type { RuleSetting } from '../linter/lint.js';
import { parseSelect } from '../model/select.js';
import type { Topic } from './rule-topics.js';

/** Whether any policy configured in `setting` selects the hovered element or attribute (filters aside: hover is about a name). */
export function policyConcerns(topic: Topic, setting: RuleSetting | undefined): boolean {
  if (typeof setting === 'string' || setting === undefined || setting[0] === 'off') return false;
  // `policy` checks <domain> documents only: a network's <name> is not what `select: 'name'` reads.
  if (topic.path[0] !== 'domain') return false;
  const below = topic.path.slice(1); // paths start below the root element
  return setting.slice(1).some((o: unknown) => {
    const select = typeof o === 'object' && o !== null ? (o as { select?: unknown }).select : undefined;
    const path = typeof select === 'string' ? parseSelect(select) : undefined;
    if (!path || path.attribute !== topic.attribute) return false;
    return path.steps.length === below.length && path.steps.every((s, i) => s.name === '*' || s.name === below[i]);
  });
}
