/**
 * Whether a policy's `select` names something its kind of document can hold, by the kind's bundled
 * grammar (src/grammar/): a `policy-network` path `devices/disk` reads nothing in any `<network>`, and
 * a configuration that writes it is refused when it loads rather than checking nothing forever.
 * Each step must be a child the grammar allows under one of the elements reached so far (`*` is
 * any), each `[@a]` filter and the final `@attribute` an attribute of one of them. Below an element
 * that takes any child or attribute (`<metadata>`), everything is accepted.
 */
import { type ElementSummary, grammarIndexFor, type GrammarIndex } from '../grammar/index.js';
import { parseSelect, type SelectPath } from '../model/select.js';
import type { RuleDocumentKind } from '../rule.js';

/** The element names a list shows in a message (sorted, at most 12). */
function listed(names: readonly string[], wrap: (n: string) => string): string {
  const sorted = [...new Set(names)].sort();
  if (sorted.length === 0) return 'none';
  return sorted.length > 12 ? `${sorted.slice(0, 12).map(wrap).join(', ')}, …` : sorted.map(wrap).join(', ');
}

const shownPath = (p: readonly string[]): string => `<${p.join('><')}>`;

/** Why `path` names nothing a document of `kind` may hold, or undefined when it may name something. */
export function selectProblem(kind: RuleDocumentKind, path: SelectPath): string | undefined {
  const index = grammarIndexFor(undefined, kind) as GrammarIndex;
  const root = index.describe([kind]);
  if (!root) return undefined; // no grammar to judge by: accept
  let reached: { readonly path: readonly string[]; readonly summary: ElementSummary }[] = [{ path: [kind], summary: root }];
  const hasAttribute = (s: ElementSummary, name: string): boolean => s.anyAttribute || s.attributes.some((a) => a.name === name);
  for (const step of path.steps) {
    // Below an element that takes any element (foreign content), the grammar says nothing more.
    if (reached.some((r) => r.summary.anyElement)) return undefined;
    const next: typeof reached = [];
    const seen = new Set<string>();
    for (const r of reached) {
      for (const child of r.summary.children) {
        if (step.name !== '*' && child.name !== step.name) continue;
        const p = [...r.path, child.name];
        const key = p.join('/');
        if (seen.has(key)) continue;
        seen.add(key);
        const summary = index.describe(p);
        if (summary) next.push({ path: p, summary });
      }
    }
    if (next.length === 0) {
      const where = reached.map((r) => shownPath(r.path));
      const children = reached.flatMap((r) => r.summary.children.map((c) => c.name));
      return `names no element of a <${kind}> document: ${listed(where, (w) => w)} ${where.length === 1 ? 'has' : 'have'} no child <${step.name}> (children: ${listed(children, (c) => `<${c}>`)})`;
    }
    for (const predicate of step.predicates) {
      if (!next.some((r) => hasAttribute(r.summary, predicate.attribute))) {
        const where = next.map((r) => shownPath(r.path));
        return `names no attribute of a <${kind}> document: ${listed(where, (w) => w)} ${where.length === 1 ? 'has' : 'have'} no attribute '${predicate.attribute}' (attributes: ${listed(next.flatMap((r) => r.summary.attributes.map((a) => a.name)), (a) => a)})`;
      }
    }
    reached = next;
  }
  const attribute = path.attribute;
  if (attribute !== undefined && !reached.some((r) => r.summary.anyElement || hasAttribute(r.summary, attribute))) {
    const where = reached.map((r) => shownPath(r.path));
    return `names no attribute of a <${kind}> document: ${listed(where, (w) => w)} ${where.length === 1 ? 'has' : 'have'} no attribute '${attribute}' (attributes: ${listed(reached.flatMap((r) => r.summary.attributes.map((a) => a.name)), (a) => a)})`;
  }
  return undefined;
}

/**
 * `virtlintSelect: '<kind>'` in a rule's options schema (the policy rules of kinds other than the
 * domain): the string, a path that parses, must name something of that kind (selectProblem). A path
 * that does not parse is left to the schema's `pattern`, which words that.
 */
export function validateSelect(kind: unknown, data: unknown): string | undefined {
  const path = typeof data === 'string' ? parseSelect(data) : undefined;
  return path && typeof kind === 'string' ? selectProblem(kind as RuleDocumentKind, path) : undefined;
}
