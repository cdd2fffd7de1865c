/**
 * Adapter from the scanner's chain of open elements to the grammar index: the element patterns at
 * that place, narrowed at every level by the attribute values written there (a `<disk type='file'>`
 * keeps only the file branch), merged into one summary for completion and hover.
 *
 * The index narrows `XmlElement`s of a parsed document (`elementsFor`); a document being typed
 * does not parse, so this walks the same steps over `ScannedElement`s.
 */
import path from 'node:path';
import type { AttributeInfo, ChildInfo, ElementInfo, GrammarIndex, ValueSpec } from '../grammar/index.js';
import { mergeValueSpecs } from '../grammar/index-grammar.js';
import type { AttributeEvent, QName } from '../relaxng/api.js';
import { createValidator } from '../relaxng/index.js';
import { grammarFor } from '../schema/grammars.js';
import { kindOfRoot } from '../schema/kinds.js';
import { rootElementName, type ScannedElement, type ScanSink } from './context.js';
import { grammarName, namespaceScope, namespaceScopes } from './grammar-names.js';

/** What the element patterns at one place allow, merged. */
export interface PlaceSummary {
  /** Grammar name of the element. */
  readonly name: string;
  readonly infos: readonly ElementInfo[];
  readonly attributes: readonly AttributeInfo[];
  readonly children: readonly ChildInfo[];
  readonly anyElement: boolean;
  readonly text: ValueSpec | undefined;
  readonly documentation?: string;
}

/** Attributes of a scanned element keyed by grammar name; namespace declarations and `omit` left out. */
function attributeMap(el: ScannedElement, scope: ReadonlyMap<string, string>, omit?: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of el.attributes) {
    if (name === omit || name === 'xmlns' || name.startsWith('xmlns:')) continue;
    out.set(attributeGrammarName(name, scope), value);
  }
  return out;
}

/** The grammar name of an attribute as written (unprefixed attributes are in no namespace). */
function attributeGrammarName(name: string, scope: ReadonlyMap<string, string>): string {
  const i = name.indexOf(':');
  const ns = i < 0 ? '' : name.startsWith('xml:') ? 'http://www.w3.org/XML/1998/namespace' : (scope.get(name.slice(0, i)) ?? '');
  return ns ? `{${ns}}${name.slice(i + 1)}` : name;
}

/**
 * The element patterns for the last element of `path`, narrowed by the attributes along it.
 * `omitAttribute` (on the last element) is left out of the narrowing: it is the one being edited.
 */
export function infosAt(index: GrammarIndex, path: readonly ScannedElement[], omitAttribute?: string): readonly ElementInfo[] {
  let current: readonly ElementInfo[] = [];
  const scopes = namespaceScopes(path);
  for (const [i, el] of path.entries()) {
    const scope = scopes[i] as ReadonlyMap<string, string>;
    const name = grammarName(el.name, scope);
    const pool = i === 0 ? index.elementsAt([name]) : index.childInfos(current, name);
    const attrs = attributeMap(el, scope, i === path.length - 1 ? omitAttribute : undefined);
    current = pool.map((info) => index.specialize(info, attrs));
    if (current.length === 0) break;
  }
  return current;
}

/** The patterns of a child named `name` (grammar name) of the given patterns, unnarrowed (nothing is written yet). */
export function childInfos(index: GrammarIndex, parents: readonly ElementInfo[], name: string): readonly ElementInfo[] {
  return parents.length === 0 ? index.elementsAt([name]) : index.childInfos(parents, name);
}

/** One view over several patterns: what any allows; required only when every one requires it. */
export function summarize(name: string, infos: readonly ElementInfo[]): PlaceSummary | undefined {
  if (infos.length === 0) return undefined;
  // Per attribute: the first pattern's info (its documentation from the first that has one), and
  // the value specs of all (mergeValueSpecs: n patterns of one element cost n).
  const attributes = new Map<string, { info: AttributeInfo; requiredIn: number; specs: ValueSpec[] }>();
  const children = new Map<string, number>();
  const texts: ValueSpec[] = [];
  for (const info of infos) {
    for (const a of info.attributes) {
      const prev = attributes.get(a.name);
      if (!prev) {
        attributes.set(a.name, { info: a, requiredIn: a.required ? 1 : 0, specs: [a.value] });
        continue;
      }
      if (!prev.info.documentation && a.documentation) prev.info = { ...prev.info, documentation: a.documentation };
      if (a.required) prev.requiredIn++;
      prev.specs.push(a.value);
    }
    for (const c of info.children) children.set(c.name, (children.get(c.name) ?? 0) + (c.required ? 1 : 0));
    if (info.text) texts.push(info.text);
  }
  const documentation = infos.map((i) => i.documentation).find((d) => d);
  return {
    name,
    infos,
    attributes: [...attributes.values()].map(({ info, requiredIn, specs }) => ({ ...info, ...(specs.length > 1 ? { value: mergeValueSpecs(specs) } : {}), required: requiredIn === infos.length })),
    children: [...children.entries()].map(([n, requiredIn]) => ({ name: n, required: requiredIn === infos.length })),
    anyElement: infos.some((i) => i.anyElement),
    text: texts.length > 0 ? mergeValueSpecs(texts) : undefined,
    ...(documentation ? { documentation } : {}),
  };
}

/**
 * The attributes that those written on an element make required, beyond what its place requires
 * anyway (GrammarIndex.missingAttributes): a `cssid` on a ccw `<address>` needs `ssid` and `devno`,
 * a `port` on a disk source's `<host>` needs `name`. Asked of the patterns at the place that declare
 * every attribute written (the others cannot match it; all of them when none does), required when
 * each of those requires it. Each name maps to the attributes written that require it on their own,
 * in document order (empty when only several together do).
 */
export function requiredGiven(index: GrammarIndex, summary: PlaceSummary, el: ScannedElement, scope: ReadonlyMap<string, string>, omit?: string): ReadonlyMap<string, readonly string[]> {
  // As written → grammar name.
  const written = new Map([...el.attributes.keys()].filter((n) => n !== omit && n !== 'xmlns' && !n.startsWith('xmlns:')).map((n) => [n, attributeGrammarName(n, scope)]));
  if (written.size === 0) return NONE;
  const present = new Set(written.values());
  const fit = summary.infos.filter((i) => i.anyAttribute || declaresAll(i, present));
  const infos = fit.length > 0 ? fit : summary.infos;
  const staticallyRequired = new Set(summary.attributes.filter((a) => a.required).map((a) => a.name));
  const needed = (given: ReadonlySet<string>): ReadonlySet<string> => {
    let out: Set<string> | undefined;
    for (const i of infos) {
      const missing = index.missingAttributes(i.pattern, given);
      out = new Set(out === undefined ? missing : missing.filter((n) => out!.has(n)));
      if (out.size === 0) break;
    }
    return out ?? new Set();
  };
  // Each written attribute asked on its own too, which also names the one that brings a name in:
  // missingAttributes keeps every branch of a choice that mentions any present name, so `type` and
  // `rawio` together keep both forms of a <disk>, while `rawio` alone keeps the LUN form that
  // requires `device`. A bounded number: n attributes written would cost n walks of the patterns.
  const alone = written.size <= MAX_NAMED_CAUSES ? [...written].map(([w, name]) => [w, needed(new Set([name]))] as const) : [];
  const all = new Set([...needed(present), ...alone.flatMap(([, need]) => [...need])]);
  const extra = [...all].filter((n) => !staticallyRequired.has(n) && !present.has(n));
  if (extra.length === 0) return NONE;
  return new Map(extra.map((n) => [n, alone.filter(([, need]) => need.has(n)).map(([w]) => w)]));
}

const NONE: ReadonlyMap<string, readonly string[]> = new Map();
/** Most attributes written on one element that `requiredGiven` asks about one by one. */
const MAX_NAMED_CAUSES = 16;

function declaresAll(info: ElementInfo, names: ReadonlySet<string>): boolean {
  const declared = new Set(info.attributes.map((a) => a.name));
  for (const n of names) if (!declared.has(n)) return false;
  return true;
}

/**
 * summarize, kept: per list of patterns where the index hands the same list out again (childInfos:
 * one per parent pattern and name), per pattern where a place has one (infosAt builds a new list
 * each time, of patterns the index keeps). A summary is made of its patterns alone, which never
 * change: nothing kept goes stale, and it goes when its patterns go.
 */
const summariesOfList = new WeakMap<readonly ElementInfo[], PlaceSummary>();
const summariesOfOne = new WeakMap<ElementInfo, Map<string, PlaceSummary>>();

/** summarize of the patterns of a child named `name` (grammar name) of `parents` (childInfos), kept. */
export function childSummary(index: GrammarIndex, parents: readonly ElementInfo[], name: string): PlaceSummary | undefined {
  const infos = childInfos(index, parents, name);
  const kept = summariesOfList.get(infos);
  if (kept?.name === name) return kept;
  const out = summarize(name, infos);
  if (out) summariesOfList.set(infos, out);
  return out;
}

/** summarize, kept when there is one pattern. */
export function placeSummary(name: string, infos: readonly ElementInfo[]): PlaceSummary | undefined {
  if (infos.length !== 1) return summarize(name, infos);
  const one = infos[0] as ElementInfo;
  let byName = summariesOfOne.get(one);
  if (!byName) summariesOfOne.set(one, (byName = new Map()));
  let out = byName.get(name);
  if (!out) {
    // A wildcard pattern (custom metadata) takes any name a document makes up: a few are kept.
    if (byName.size >= MAX_NAMES_PER_PATTERN) byName.clear();
    byName.set(name, (out = summarize(name, infos) as PlaceSummary));
  }
  return out;
}
const MAX_NAMES_PER_PATTERN = 16;

/** The summary for the last element of a scanned chain (its grammar name from its own scope). */
export function summaryAt(index: GrammarIndex, path: readonly ScannedElement[], omitAttribute?: string): PlaceSummary | undefined {
  const last = path[path.length - 1];
  if (!last) return undefined;
  return placeSummary(grammarName(last.name, namespaceScope(path)), infosAt(index, path, omitAttribute));
}

/**
 * The elements a scan saw before the cursor (a ScanSink), kept so that the engine can follow them
 * without a second scan of the document: one `[element, scope]` per start tag, `null` per close.
 */
export class ScanRecord implements ScanSink {
  readonly events: (readonly [ScannedElement, ReadonlyMap<string, string>] | null)[] = [];

  open(el: ScannedElement, scope: ReadonlyMap<string, string>): void {
    this.events.push([el, scope]);
  }

  close(): void {
    this.events.push(null);
  }
}

/**
 * The child elements the RelaxNG engine allows at the cursor, given everything written before it
 * (`seen`: what the scan that found the cursor in content or a tag's name saw): the document prefix
 * is fed to a validator (so siblings already written count: a second `<name>` is not offered), and
 * the validator says what may come next. Grammar names (`local` or `{uri}local`); undefined when
 * the engine cannot say (no compiled grammar, or a wildcard allows any element), in which case
 * callers fall back to the index alone.
 */
export function engineChildrenAt(text: string, seen: ScanRecord, index: GrammarIndex): ReadonlySet<string> | undefined {
  const root = rootElementName(text);
  const kind = root === undefined ? undefined : kindOfRoot(root.slice(root.indexOf(':') + 1));
  if (!kind) return undefined;
  const compiled = grammarFor(path.dirname(index.grammar.file), kind);
  if (compiled.status !== 'ok') return undefined;
  const validator = createValidator<null>(compiled.grammar);
  const qname = (name: string, scope: ReadonlyMap<string, string>, isAttribute: boolean): QName | undefined => {
    const i = name.indexOf(':');
    if (i < 0) return { ns: isAttribute ? '' : (scope.get('') ?? ''), local: name };
    const prefix = name.slice(0, i);
    const ns = prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : scope.get(prefix);
    return ns === undefined ? undefined : { ns, local: name.slice(i + 1) };
  };
  for (const event of seen.events) {
    if (event === null) {
      validator.endElement(null);
      continue;
    }
    const [el, scope] = event;
    const attributes: AttributeEvent<null>[] = [];
    for (const [name, value] of el.attributes) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      const q = qname(name, scope, true);
      if (q) attributes.push({ name: q, value, node: null });
    }
    validator.startElement(qname(el.name, scope, false) ?? { ns: '', local: el.name }, attributes, null);
  }
  const expected = validator.expected();
  if (expected.elements.some((n) => n.local === '*' || n.ns === '*')) return undefined;
  return new Set(expected.elements.map((n) => (n.ns ? `{${n.ns}}${n.local}` : n.local)));
}
