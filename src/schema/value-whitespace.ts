/**
 * White space around an enumerated value (`<disk type='file '>`, `<on_poweroff>destroy </on_poweroff>`):
 * RelaxNG compares a `<value>` of the default `token` type after collapsing white space, so the
 * grammar (virtlint's, jing's, xmllint's with libvirt's own schemas) accepts it, while libvirt compares
 * enumerated values exactly and refuses the document ("Invalid value for attribute 'type' in element
 * 'disk': 'file '"). Checked after validation, on the values the walk saw with white space at an end
 * (feed.ts: usually none, and then nothing here runs or loads), where the grammar allows only listed
 * values (no datatype, no text) and the value, collapsed, is one of them.
 *
 * Where libvirt 9.0 defines the document anyway (a yes/no it compares with `STREQ`, so 'yes ' reads as
 * no; an attribute it does not read), the finding is `schema/value-whitespace-ignored`, a warning.
 * Learnt from libvirtd: test/oracle/value-whitespace-define.test.ts.
 */
import { DIAGNOSTIC_IDS as ID } from '../diagnostic-ids.js';
import { elementsWithin, namespacesWithin } from '../grammar/document-names.js';
import type { ElementInfo, GrammarIndex, ValueSpec } from '../grammar/index.js';
import type { Diagnostic } from '../types.js';
import { collapseWhitespace } from '../relaxng/index.js';
import type { XmlAttribute, XmlElement } from '../xml/tree.js';
import type { SchemaNode, SpacedValue, TreeValidation } from './feed.js';
import type { SchemaBound } from './findings.js';

/**
 * How libvirt words its refusal of such a value (messagePattern templates, for the oracle tests): by
 * element or attribute ("unknown volume format type %s", "unknown on_poweroff action: %s", …), or
 * generically for the values it reads with virXMLPropEnum.
 */
export const VALUE_WHITESPACE_LIBVIRT_MESSAGES: readonly string[] = [
  "Invalid value for attribute '%s' in element '%s': '%s'.",
  "invalid value of '%s'",
  'unknown %s',
  'Unknown %s',
  'Invalid %s',
  'invalid %s',
];

/**
 * Where libvirt 9.0 defines a document with white space around this enumerated value, by the path of
 * element names from the root (the last may be `*`, any element) and `@attribute`: what it makes of the value instead. Everywhere else
 * (295 of 312 sampled mutations of the corpus, 109 of 117 places; 47 of 51 hand-written probes of
 * other places) it refuses the document.
 */
const IGNORED: ReadonlyMap<string, string> = new Map([
  ['domain/devices/hostdev@managed', "reads it as managed='no'"],
  ['domain/devices/interface@managed', "reads it as managed='no'"],
  ['domain/devices/video/model@primary', "does not read it as primary='yes' (the first video is then the primary one)"],
  ['domain/sysinfo/system/entry@name', 'drops the entry'],
  ['domain/sysinfo/bios/entry@name', 'drops the entry'],
  ['domain/sysinfo/baseBoard/entry@name', 'drops the entry'],
  ['domain/sysinfo/chassis/entry@name', 'drops the entry'],
  ['domain/features/hyperv/tlbflush/direct@state', '9.0 does not read it at all (a later libvirt that reads it may refuse it)'],
  ['domain/features/hyperv/tlbflush/extended@state', '9.0 does not read it at all (a later libvirt that reads it may refuse it)'],
  ['network/bridge@stp', "reads anything but exactly 'off' as stp='on'"],
  ['network/forward@managed', "reads it as managed='no'"],
  ['network/portgroup@default', "reads it as default='no'"],
  // A filter rule's protocol element (tcp, arp, mac, …) is `*` (see ignoredAt); asked of nwfilter-define and -dumpxml.
  ['filter/rule/*@match', "reads it as match='yes' (a rule meant to match the opposite then matches as written)"],
  ['filter/rule/*@gratuitous', "reads it as gratuitous='false'"],
]);

/** What libvirt makes of a spaced value of `attribute` on `el` where it defines the document anyway: by its path, or with the element's own name as `*`. */
function ignoredAt(el: XmlElement, attribute: string): string | undefined {
  const path = pathOf(el);
  return IGNORED.get(`${path}@${attribute}`) ?? IGNORED.get(`${path.slice(0, path.length - el.name.length)}*@${attribute}`);
}

/** The path of element names from the root to `el`, as the IGNORED keys write it. */
function pathOf(el: XmlElement): string {
  const names: string[] = [];
  for (let e: XmlElement | undefined = el; e; e = e.parent) names.push(e.name);
  return names.reverse().join('/');
}

/** A value the grammar lists alone where it stands: every pattern there lists values and accepts no other form. */
const closed = (specs: readonly ValueSpec[]): boolean => specs.length > 0 && specs.every((s) => s.forms.length === 0 && s.values.length > 0);

/**
 * The findings for the spaced values of a validated document. `loadIndex` is called only when some
 * value is not white space alone; a value the grammar already refused (an error on its node, or on
 * its element for text) is left to that error.
 */
export function valueWhitespaceFindings(result: TreeValidation, source: string, loadIndex: () => GrammarIndex | undefined, bound?: SchemaBound): Diagnostic[] {
  const worth = (result.spaced ?? []).filter((s) => collapseWhitespace(s.attribute ? s.attribute.value : s.element.text) !== '');
  if (worth.length === 0) return [];
  const index = loadIndex();
  if (!index) return [];
  // The grammar's own errors on the value itself (the attribute, or the element's text) or on the element's name.
  const refusedAttributes = new Set<SchemaNode>();
  const refusedTexts = new Set<SchemaNode>();
  for (const e of result.errors) {
    if (e.kind === 'invalid-attribute-value' || e.kind === 'unexpected-attribute') refusedAttributes.add(e.node);
    else if (e.kind === 'invalid-text' || e.kind === 'unexpected-text') refusedTexts.add(e.node);
    else if (e.kind === 'unexpected-element' || e.kind === 'unexpected-root') {
      refusedAttributes.add(e.node);
      refusedTexts.add(e.node);
    }
  }
  const patterns = new PatternsOf(index);
  const out: Diagnostic[] = [];
  const kept = new Map<string, number>();
  for (const s of worth) {
    if (s.attribute ? refusedAttributes.has(s.attribute) || refusedAttributes.has(s.element) : refusedTexts.has(s.element)) continue;
    const finding = findingOf(s, patterns.of(s.element), source);
    if (!finding) continue;
    if (bound) {
      if (bound.isDisabled?.(finding.ruleId, finding.range)) continue;
      const n = kept.get(finding.ruleId) ?? 0;
      if (n >= bound.keepPerRule) {
        bound.omitted.set(finding.ruleId, (bound.omitted.get(finding.ruleId) ?? 0) + 1);
        continue;
      }
      kept.set(finding.ruleId, n + 1);
    }
    out.push(finding);
  }
  return out;
}

/** The element patterns of each element asked about, narrowed by its attributes, each built once from its parent's. */
class PatternsOf {
  private readonly memo = new Map<XmlElement, { infos: readonly ElementInfo[]; scope: ReadonlyMap<string, string> }>();
  constructor(private readonly index: GrammarIndex) {}

  of(el: XmlElement): readonly ElementInfo[] {
    return this.entry(el).infos;
  }

  private entry(el: XmlElement): { infos: readonly ElementInfo[]; scope: ReadonlyMap<string, string> } {
    let e = this.memo.get(el);
    if (e) return e;
    // The chain up to the first element already known (iterative: documents nest up to --max-depth).
    const chain: XmlElement[] = [];
    for (let cur: XmlElement | undefined = el; cur && !this.memo.has(cur); cur = cur.parent) chain.push(cur);
    for (let i = chain.length - 1; i >= 0; i--) {
      const cur = chain[i]!;
      const parent = cur.parent ? this.memo.get(cur.parent) : undefined;
      const scope = namespacesWithin(cur, parent?.scope ?? new Map());
      const infos = parent && parent.infos.length === 0 ? [] : elementsWithin(this.index, parent?.infos, cur, scope);
      this.memo.set(cur, (e = { infos, scope }));
    }
    return e!;
  }
}

/** `<disk type='file '>` or `<on_poweroff>destroy </on_poweroff>` when the grammar lists only values there and the collapsed one is among them. */
function findingOf(s: SpacedValue, infos: readonly ElementInfo[], source: string): Diagnostic | undefined {
  if (infos.length === 0) return undefined;
  const a = s.attribute;
  let specs: ValueSpec[];
  if (a) {
    specs = [];
    for (const info of infos) for (const x of info.attributes) if (x.name === a.name) specs.push(x.value);
  } else {
    if (s.element.children.length > 0) return undefined;
    specs = [];
    for (const info of infos) {
      if (!info.text) return undefined;
      specs.push(info.text);
    }
  }
  if (!closed(specs)) return undefined;
  const raw = a ? a.value : s.element.text;
  const value = collapseWhitespace(raw);
  if (!specs.some((spec) => spec.values.includes(value)) || specs.some((spec) => spec.values.includes(raw))) return undefined;
  const el = s.element;
  const name = el.name;
  const range = a ? a.range : el.contentRange;
  const what = a ? `<${name} ${a.name}='${raw}'>` : `<${name}>${raw}</${name}>`;
  const ignored = a ? ignoredAt(el, a.name) : undefined;
  const fix = fixOf(a, el, value, source);
  const message = ignored
    ? `${what} has white space around '${value}': libvirt compares the value exactly, defines the document but ${ignored}. Write '${value}'`
    : `${what} has white space around '${value}': the grammar compares it as a token, but libvirt compares the value exactly and refuses the document. Write '${value}'`;
  const d: Diagnostic = { ruleId: ignored ? ID.schemaValueWhitespaceIgnored : ID.schemaValueWhitespace, severity: ignored ? 'warning' : 'error', message, range };
  return fix ? { ...d, fix } : d;
}

/**
 * The value written without the white space, replacing what is written (references to white space
 * included); none for a value that would need escaping, or text with a comment, CDATA section or
 * processing instruction in it (which the edit would remove).
 */
function fixOf(a: XmlAttribute | undefined, el: XmlElement, value: string, source: string): Diagnostic['fix'] {
  const range = a ? a.range : el.contentRange;
  if (/[<&"']/.test(value) || (!a && source.slice(range.start.offset, range.end.offset).includes('<'))) return undefined;
  return { description: `Write '${value}'`, edits: [{ start: range.start.offset, end: range.end.offset, text: value }] };
}
