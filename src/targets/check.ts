/**
 * The target check: reports each element, attribute and value of a document that the version table
 * says is newer than the target. A pipeline step, not a rule under rules/: it reads the document
 * tree (rules read the typed model) and the version table beside the grammar.
 */
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import { DOCS_BASE_URL } from '../rule.js';
import type { Diagnostic, Range, Severity } from '../types.js';
import type { XmlElement } from '../xml/tree.js';
import { DEFAULT_PARSE_LIMITS } from '../xml/parse.js';
import { attributeKey, elementKey, type NamespaceScope, scopeWithin } from './document-keys.js';
import { contentKeyOf } from './embedded-domains.js';
import { lackedAt, type LadderBound } from './ladder.js';
import { bindingTargets, type Target } from './target.js';
import { newerThan, type ResolvedEntry, type VersionTable } from './version-table.js';

export const TARGET_RULE_ID = DIAGNOSTIC_IDS.requiresNewerLibvirt;
export const TARGET_RULE_DOCS = `${DOCS_BASE_URL}requires-newer-libvirt.md`;

/**
 * Which binding targets cannot run an item: the one decision the check and the editor share. The
 * libvirt side is the documented release when the table gives one, else the ladder's bound from
 * libvirt's own schemas (only a target at or before the newest checked release lacking the item is
 * blocked); `boundOf` is asked only then.
 */
export function blockedTargets(
  entry: ResolvedEntry | undefined,
  boundOf: () => LadderBound | undefined,
  libvirt: Target | undefined,
  qemu: Target | undefined,
): { readonly libvirt: boolean; readonly qemu: boolean } {
  return {
    libvirt: libvirt !== undefined && (entry?.sinceParts ? newerThan(entry.sinceParts, libvirt.parts) : lackedAt(boundOf(), libvirt.parts)),
    qemu: qemu !== undefined && entry?.qemuParts !== undefined && newerThan(entry.qemuParts, qemu.parts),
  };
}

/** What is too new for which target, in words, or undefined when every target can run it. */
function tooNew(table: VersionTable, key: string, libvirt: Target | undefined, qemu: Target | undefined): string | undefined {
  const entry = table.entry(key);
  const blocked = blockedTargets(entry, () => table.bound(key), libvirt, qemu);
  const claims: string[] = [];
  const targets: string[] = [];
  if (blocked.libvirt && libvirt) {
    if (entry?.since) claims.push(`needs libvirt ≥ ${entry.since}`);
    else {
      const bound = table.bound(key);
      claims.push(`is not in libvirt ${bound?.after}'s schema${bound?.by ? ` (it is in ${bound.by}'s)` : ''}`);
    }
    targets.push(`libvirt ${libvirt.version}`);
  }
  if (blocked.qemu && qemu) {
    // "needs libvirt ≥ X and QEMU ≥ Y", but "is not in … and needs QEMU ≥ Y".
    const joined = claims[0]?.startsWith('needs') === true;
    claims.push(`${joined ? '' : 'needs '}QEMU ≥ ${entry?.qemu}`);
    targets.push(`QEMU ${qemu.version}`);
  }
  if (claims.length === 0) return undefined;
  // The seed's wording when only libvirt is targeted: "…needs libvirt ≥ 0.9.3; the target is 0.9.2".
  const target = !qemu && libvirt ? libvirt.version : targets.join(' and ');
  return `${claims.join(' and ')}; the target is ${target}`;
}

/**
 * Longest key (in element steps) checked; items below are not. Every document the default
 * `--max-depth` (256) accepts is checked whole. A raised limit allows paths of 100,000 distinct
 * steps, and a key per element as long as its path is quadratic in the depth (minutes, not seconds).
 */
const MAX_KEY_STEPS = DEFAULT_PARSE_LIMITS.maxDepth;

const quote = (v: string): string => (v.includes("'") ? `"${v}"` : `'${v}'`);

/**
 * Findings for one document. Once an element is too new its attributes and children are not
 * reported again (one finding says it all); likewise a too-new attribute hides its value.
 */
export function checkTargets(root: XmlElement, targets: readonly Target[], table: VersionTable, severity: Severity): Diagnostic[] {
  const binding = bindingTargets(targets);
  const libvirt = binding.get('libvirt');
  const qemu = binding.get('qemu');
  const out: Diagnostic[] = [];
  const report = (range: Range, what: string, why: string): void => {
    out.push({ ruleId: TARGET_RULE_ID, severity, message: `${what} ${why}`, range });
  };
  // An explicit stack: --max-depth may allow nesting deeper than the call stack.
  // Namespace scopes go down with the keys (looking prefixes up the ancestors is quadratic in the depth).
  const stack: { el: XmlElement; parentKey: string | undefined; parentScope: NamespaceScope | undefined; parentSteps: number }[] = [
    { el: root, parentKey: undefined, parentScope: undefined, parentSteps: 0 },
  ];
  while (stack.length > 0) {
    const { el, parentKey, parentScope, parentSteps } = stack.pop() as (typeof stack)[number];
    const scope = scopeWithin(el, parentScope);
    const key = elementKey(el, scope, parentKey);
    const steps = key === parentKey ? parentSteps : parentSteps + 1;
    if (steps > MAX_KEY_STEPS) continue;
    const own = tooNew(table, key, libvirt, qemu);
    if (own) {
      report(el.nameRange, `\`<${el.name}>\``, own);
      continue;
    }
    // What a newer schema relaxed without a new item: a wider range, an optional attribute, a repeat.
    if (libvirt && table.shapes) for (const s of table.shapes.findings(key, el, libvirt.parts)) report(s.range, s.what, `${s.why}; the target is ${qemu ? `libvirt ${libvirt.version}` : libvirt.version}`);
    // A snapshot's or checkpoint's embedded domain: what it holds goes by the domain's keys.
    const content = contentKeyOf(key);
    for (const a of el.attributes) {
      const aKey = attributeKey(scope, content, a.name);
      if (!aKey) continue;
      const attrWhy = tooNew(table, aKey, libvirt, qemu);
      if (attrWhy) {
        report(a.attributeRange, `\`<${el.name} ${a.name}>\``, attrWhy);
        continue;
      }
      const valueWhy = tooNew(table, `${aKey}=${a.value}`, libvirt, qemu);
      if (valueWhy) report(a.range, `\`<${el.name} ${a.name}=${quote(a.value)}>\``, valueWhy);
    }
    const text = el.text.trim();
    if (text && el.children.length === 0) {
      const textWhy = tooNew(table, `${content}=${text}`, libvirt, qemu);
      if (textWhy) report(el.contentRange, `\`<${el.name}>${text}</${el.name}>\``, textWhy);
    }
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ el: el.children[i] as XmlElement, parentKey: content, parentScope: scope, parentSteps: steps });
  }
  return out;
}
