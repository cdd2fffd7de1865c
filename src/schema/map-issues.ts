import { type ElementInfo, type GrammarIndex, type ValueSpec, grammarPathOf, namespacesInScope } from '../grammar/index.js';
import type { Diagnostic, Range } from '../types.js';
import type { ParsedDocument } from '../xml/parse.js';
import { type XmlElement, walk } from '../xml/tree.js';
import { type Problem, resolveXPath } from './drilldown.js';
import type { SchemaIssue } from './engine.js';

/**
 * Wording of schema problems: one diagnostic per real problem, on the attribute or element at
 * fault, saying what is allowed there. Works from the drill-down's problems (precise) or, when the
 * grammar index is not available, from the engine's raw issues (positions still exact).
 */

const MAX_LISTED = 24;

/** `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'` (long lists are cut). */
function orList(items: readonly string[]): string {
  const shown = items.length > MAX_LISTED ? [...items.slice(0, MAX_LISTED - 1), `… (${items.length - MAX_LISTED + 1} more)`] : [...items];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1] as string}`;
}

const andList = (items: readonly string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`);
/** Values are quoted whole up to this length; a hostile 10 MB value must not be echoed into every log. */
const MAX_QUOTED = 80;
const quote = (v: string): string =>
  v === '' ? 'an empty value' : v.length > MAX_QUOTED ? `'${v.slice(0, MAX_QUOTED)}…' (${v.length} characters)` : `'${v}'`;

/** Words for what a value may be: `'on' or 'off'`, `an unsigned integer`, `'auto' or an unsigned integer`. */
export function describeValueSpec(spec: ValueSpec): string {
  const parts = [...spec.values.map(quote), ...spec.forms];
  return parts.length === 0 ? 'nothing (the grammar allows no value here)' : orList(parts);
}

/** A grammar name (`local` or `{uri}local`) as the document would write it (with its prefix). */
function displayName(name: string, scope: Map<string, string> | undefined): string {
  const m = /^\{([^}]*)\}(.*)$/.exec(name);
  if (!m) return name;
  for (const [prefix, uri] of scope ?? []) if (uri === m[1] && prefix) return `${prefix}:${m[2] as string}`;
  return m[2] as string;
}

const tag = (name: string, scope?: Map<string, string>): string => `<${displayName(name, scope)}>`;

/** Levenshtein distance, for "did you mean" on misspelled names (short names only). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

/** The local part of a grammar name (`{uri}local`) or a prefixed document name (`qemu:arg`). */
const localName = (n: string): string => n.replace(/^\{[^}]*\}/, '').replace(/^[^:]*:/, '');

function closest(name: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = distance(localName(name).toLowerCase(), localName(o).toLowerCase());
    if (d < bestD) [best, bestD] = [o, d];
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(localName(name).length / 4)) && bestD > 0 ? best : undefined;
}

/** The range of the first non-blank text directly inside an element (comments skipped), or its name. */
export function textRange(doc: ParsedDocument, el: XmlElement): Range {
  const gaps: [number, number][] = [];
  let from = el.contentRange.start.offset;
  for (const c of el.children) {
    gaps.push([from, c.range.start.offset]);
    from = c.range.end.offset;
  }
  gaps.push([from, el.contentRange.end.offset]);
  for (const [s, e] of gaps) {
    const raw = doc.text.slice(s, e).replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, (m) => ' '.repeat(m.length)).replace(/<!\[CDATA\[|\]\]>/g, (m) => ' '.repeat(m.length));
    const first = raw.search(/\S/);
    if (first < 0) continue;
    const last = raw.length - (raw.length - raw.trimEnd().length);
    return doc.lines.range(s + first, s + last);
  }
  return el.nameRange;
}

const diag = (ruleId: string, message: string, range: Range): Diagnostic => ({ ruleId, severity: 'error', message, range });

/** Names an element in messages: `<driver>` (of `<disk>` when the parent helps). */
function elementLabel(el: XmlElement): string {
  return el.parent ? `<${el.name}> (in <${el.parent.name}>)` : `<${el.name}>`;
}

/** Turns the drill-down's problems into diagnostics. */
export function problemDiagnostics(doc: ParsedDocument, problems: readonly Problem[], index: GrammarIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  // One scope per element: computing it per problem made 10k problems on one element quadratic.
  const scopes = new Map<XmlElement, Map<string, string>>();
  for (const p of problems) {
    const el = p.element;
    let scope = scopes.get(el);
    if (!scope) scopes.set(el, (scope = namespacesInScope(el)));
    switch (p.kind) {
      case 'unexpected-element': {
        const parent = el.parent;
        if (!parent) {
          out.push(diag('schema/unexpected-element', `<${el.name}> cannot be the document element here`, el.nameRange));
          break;
        }
        const path = grammarPathOf(el);
        const own = path[path.length - 1] as string;
        const parentName = path[path.length - 2] as string;
        const allHomes = index.parentsOf(own);
        const homes = allHomes.filter((h) => h !== parentName);
        // Namespaced names are listed only when the document declares a prefix for them.
        const allowedHere = [...new Set(p.parentCandidates.flatMap((c) => c.children.map((ch) => ch.name)))].filter(
          (n) => !n.startsWith('{') || displayName(n, scope) !== n.replace(/^\{[^}]*\}/, ''),
        );
        let message: string;
        if (allHomes.includes(parentName) && allowedHere.length > 0) {
          // Allowed in other forms of the parent (another type, another branch), not in this one.
          message = `<${el.name}> is not allowed in this form of <${parent.name}>, which takes ${andList(allowedHere.map((n) => tag(n, scope)))}`;
        } else if (homes.length > 0) {
          message = `<${el.name}> is not allowed in <${parent.name}>; it belongs in ${orList(homes.map((h) => tag(h, scope)))}`;
        } else {
          const guess = closest(own, allowedHere);
          message = `Unknown element <${el.name}> in <${parent.name}>`;
          if (allowedHere.length > 0) message += `; allowed in <${parent.name}>: ${andList(allowedHere.map((n) => tag(n, scope)))}`;
          else message += ` (<${parent.name}> takes no child elements)`;
          if (guess) message += `. Did you mean ${tag(guess, scope)}?`;
        }
        out.push(diag('schema/unexpected-element', message, el.nameRange));
        break;
      }
      case 'unknown-attribute': {
        const names = p.allowed.map((n) => displayName(n, scope));
        const guess = closest(p.attribute.name, names);
        const allowed = names.length > 0 ? `allowed attributes: ${andList(names)}` : `<${el.name}> takes no attributes`;
        out.push(diag('schema/unknown-attribute', `Attribute '${p.attribute.name}' is not allowed on ${elementLabel(el)}; ${allowed}${guess ? `. Did you mean '${guess}'?` : ''}`, p.attribute.nameRange));
        break;
      }
      case 'invalid-value': {
        const together = p.together && p.together.length > 0 ? ` with ${andList(p.together.map((o) => `${o.name}='${o.value}'`))}` : '';
        out.push(
          diag(
            'schema/invalid-value',
            `Invalid value ${quote(p.attribute.value)} for attribute '${p.attribute.name}' of ${elementLabel(el)}${together}: expected ${describeValueSpec(p.spec)}`,
            p.attribute.valueRange,
          ),
        );
        break;
      }
      case 'undeclared-prefix': {
        const prefix = el.name.slice(0, el.name.indexOf(':'));
        out.push(diag('xml/undeclared-prefix', `The namespace prefix '${prefix}' of <${el.name}> is not declared: add xmlns:${prefix}="…" here or on an ancestor`, el.nameRange));
        break;
      }
      case 'misplaced-attribute': {
        const others = el.attributes.filter((a) => a !== p.attribute && !a.name.startsWith('xmlns')).map((a) => `${a.name}='${a.value}'`);
        out.push(
          diag(
            'schema/unknown-attribute',
            `Attribute '${p.attribute.name}' is not allowed on ${elementLabel(el)} ${others.length > 0 ? `together with ${andList(others)}` : 'in this context'}`,
            p.attribute.nameRange,
          ),
        );
        break;
      }
      case 'invalid-text': {
        const range = textRange(doc, el);
        out.push(diag('schema/invalid-value', `Invalid content ${quote(el.text.trim())} in ${elementLabel(el)}: expected ${describeValueSpec(p.spec)}`, range));
        break;
      }
      case 'unexpected-text':
        out.push(diag('schema/unexpected-text', `${elementLabel(el)} must not contain text, only child elements and attributes`, textRange(doc, el)));
        break;
      case 'missing-attribute':
        out.push(
          diag(
            'schema/missing-attribute',
            `${elementLabel(el)} is missing the required attribute${p.names.length > 1 ? 's' : ''} ${andList(p.names.map((n) => `'${displayName(n, scope)}'`))}`,
            el.nameRange,
          ),
        );
        break;
      case 'missing-element':
        out.push(
          diag(
            'schema/missing-element',
            `${elementLabel(el)} is missing the required child element${p.names.length > 1 ? 's' : ''} ${andList(p.names.map((n) => tag(n, scope)))}`,
            el.nameRange,
          ),
        );
        break;
      case 'engine':
        for (const d of engineDiagnostics(doc, p.issues, index, p.element, p.candidates)) out.push(d);
        break;
    }
  }
  return dedupe(out);
}

function dedupe(diags: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const key = `${d.range.start.offset}:${d.range.end.offset}:${d.ruleId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function elementOnLine(doc: ParsedDocument, line: number, name: string | undefined): XmlElement | undefined {
  for (const el of walk(doc.root)) if (el.startTagRange.start.line === line && (!name || el.name === name)) return el;
  return undefined;
}

/** The element an engine issue is about: by XPath, then by line, then by name. */
function locate(doc: ParsedDocument, issue: SchemaIssue, name: string | undefined, within: XmlElement | undefined): XmlElement | undefined {
  let el = issue.xpath ? resolveXPath(doc.root, issue.xpath) : undefined;
  if (el && name && el.name !== name) {
    // libxml2 often names the parent in the path and the offending child in the message.
    el = el.children.find((c) => c.name === name) ?? (el.parent?.name === name ? el.parent : el);
  }
  if (!el && issue.line > 0) el = elementOnLine(doc, issue.line, name);
  if (!el && name) for (const e of walk(within ?? doc.root)) if (e.name === name) return e;
  return el ?? within;
}

function valueSpecOf(index: GrammarIndex | undefined, el: XmlElement, attribute: string): ValueSpec | undefined {
  if (!index) return undefined;
  const specs = index
    .elementsAt(grammarPathOf(el))
    .map((c: ElementInfo) => c.attributes.find((a) => a.name === attribute)?.value)
    .filter((v): v is ValueSpec => v !== undefined);
  if (specs.length === 0) return undefined;
  return { values: [...new Set(specs.flatMap((s) => s.values))], forms: [...new Set(specs.flatMap((s) => s.forms))] };
}

/**
 * Diagnostics from the engine's own messages (libxml2 wording), each on the element or attribute
 * concerned. Cascades are dropped: a generic "failed to validate" on an element is kept only when
 * nothing more specific was said about it or anything inside it.
 */
export function engineDiagnostics(
  doc: ParsedDocument,
  issues: readonly SchemaIssue[],
  index?: GrammarIndex,
  within?: XmlElement,
  withinCandidates?: readonly ElementInfo[],
): Diagnostic[] {
  const specific: { el: XmlElement | undefined; d: Diagnostic }[] = [];
  const generic: { el: XmlElement | undefined; d: Diagnostic }[] = [];
  const consequential: { el: XmlElement | undefined; d: Diagnostic }[] = [];
  const add = (list: typeof specific, el: XmlElement | undefined, d: Diagnostic): void => {
    list.push({ el, d });
  };
  for (const issue of issues) {
    const msg = issue.message;
    let m: RegExpExecArray | null;
    if ((m = /^Namespace prefix (\S+) (?:for (\S+) )?on (\S+) is not defined/.exec(msg))) {
      // A namespace error libxml2 finds while reading the document (saxes reads names as written).
      const [, prefix, attrLocal, elName] = m as unknown as [string, string, string | undefined, string];
      const el = locate(doc, issue, attrLocal ? undefined : `${prefix}:${elName}`, within) ?? locate(doc, issue, elName, within);
      const a = attrLocal ? el?.attributes.find((x) => x.name === `${prefix}:${attrLocal}`) : undefined;
      add(
        specific,
        el,
        diag(
          'xml/undeclared-prefix',
          `The namespace prefix '${prefix}' of ${a ? `attribute '${a.name}'` : `<${prefix}:${elName}>`} is not declared: add xmlns:${prefix}="…" here or on an ancestor`,
          a?.nameRange ?? el?.nameRange ?? doc.root.nameRange,
        ),
      );
    } else if ((m = /^Invalid attribute (\S+) for element (\S+)/.exec(msg))) {
      const [, attrName, elName] = m as unknown as [string, string, string];
      const el = locate(doc, issue, elName, within);
      const a = el?.attributes.find((x) => x.name === attrName);
      const spec = el ? valueSpecOf(index, el, attrName) : undefined;
      if (el && a && spec) {
        add(specific, el, diag('schema/invalid-value', `Invalid value ${quote(a.value)} for attribute '${attrName}' of ${elementLabel(el)}: expected ${describeValueSpec(spec)}`, a.valueRange));
      } else if (el && a && index) {
        add(specific, el, diag('schema/unknown-attribute', `Attribute '${attrName}' is not allowed on ${elementLabel(el)}`, a.nameRange));
      } else if (el && a) {
        add(specific, el, diag('schema/invalid-value', `Attribute '${attrName}' of ${elementLabel(el)} is not allowed here or its value ${quote(a.value)} is not accepted`, a.range));
      } else {
        add(specific, el, diag('schema/invalid-value', `Attribute '${attrName}' of <${elName}> is not valid here`, el?.nameRange ?? doc.root.nameRange));
      }
    } else if ((m = /^Element (\S+) has extra content: (\S+)/.exec(msg)) || (m = /^Extra element (\S+) in interleave/.exec(msg)) || (m = /^Did not expect element (\S+) there/.exec(msg))) {
      const childName = (m[2] ?? m[1]) as string;
      let parent = issue.xpath ? resolveXPath(doc.root, issue.xpath) : within;
      if (parent && parent.name === childName && parent.parent && !parent.children.some((c) => c.name === childName)) parent = parent.parent;
      parent ??= within;
      const siblings = parent ? parent.children.filter((c) => c.name === childName) : [];
      const el = siblings.length > 1 ? siblings[siblings.length - 1] : (siblings[0] ?? locate(doc, issue, childName, within));
      const where = parent && parent !== el ? ` in <${parent.name}>` : '';
      // Say "only once" only when the grammar never lets it repeat there.
      const candidates = parent && parent === within && withinCandidates ? withinCandidates : parent && index ? index.elementsAt(grammarPathOf(parent)) : [];
      const infos = candidates.flatMap((c) => c.children.filter((ch) => ch.name === childName || localName(ch.name) === localName(childName)));
      const single = infos.length > 0 && infos.every((ch) => !ch.repeatable);
      const message =
        siblings.length > 1 && single
          ? `<${childName}> appears ${siblings.length} times${where}; it may appear only once`
          : `<${childName}> is not allowed here${where}: it is ${siblings.length > 1 ? 'repeated, ' : ''}out of order, or not allowed together with its siblings`;
      // Often only the consequence of an error inside that element (then dropped below).
      add(consequential, el, diag('schema/unexpected-element', message, el?.nameRange ?? doc.root.nameRange));
    } else if ((m = /^Expecting an element (\S+), got nothing/.exec(msg))) {
      const el = locate(doc, issue, undefined, within);
      add(specific, el, diag('schema/missing-element', `${el ? elementLabel(el) : 'The element'} is missing the required child element <${m[1] as string}>`, el?.nameRange ?? doc.root.nameRange));
    } else if ((m = /^Expecting element (\S+), got (\S+)/.exec(msg))) {
      const el = locate(doc, issue, m[2], within);
      add(specific, el, diag('schema/unexpected-element', `Expected <${m[1] as string}> here, found <${m[2] as string}>`, el?.nameRange ?? doc.root.nameRange));
    } else if ((m = /^Did not expect text in element (\S+) content/.exec(msg))) {
      const el = locate(doc, issue, m[1], within);
      add(specific, el, diag('schema/unexpected-text', `${el ? elementLabel(el) : `<${m[1] as string}>`} must not contain text`, el ? textRange(doc, el) : doc.root.nameRange));
    } else if ((m = /^Element (\S+) failed to validate attributes/.exec(msg))) {
      const el = locate(doc, issue, m[1], within);
      add(generic, el, diag('schema/invalid-content', `The attributes of ${el ? elementLabel(el) : `<${m[1] as string}>`} do not match any allowed form (a value, or a combination of attributes, is not accepted)`, el?.nameRange ?? doc.root.nameRange));
    } else if (/^(?:Error validating datatype|Error validating value|Type \S+ doesn't allow value)/.test(msg)) {
      const el = locate(doc, issue, undefined, within);
      const spec = el && index ? index.elementsAt(grammarPathOf(el)).find((c) => c.text)?.text : undefined;
      const text = el?.text.trim() ?? '';
      add(
        specific,
        el,
        diag('schema/invalid-value', `Invalid content ${quote(text)} in ${el ? elementLabel(el) : 'this element'}${spec ? `: expected ${describeValueSpec(spec)}` : ''}`, el ? textRange(doc, el) : doc.root.nameRange),
      );
    } else {
      // "failed to validate content", "Invalid sequence in interleave", and anything unforeseen.
      const name = /^Element (\S+) failed to validate content/.exec(msg)?.[1];
      const el = locate(doc, issue, name, within);
      add(
        generic,
        el,
        diag(
          'schema/invalid-content',
          name || /Invalid sequence in interleave/.test(msg)
            ? `The content of ${el ? elementLabel(el) : 'this element'} does not match the grammar: a child element is missing, repeated, or not allowed together with the others`
            : `${msg.replace(/\s+$/, '')}${el ? ` (in ${elementLabel(el)})` : ''}`,
          el?.nameRange ?? doc.root.nameRange,
        ),
      );
    }
  }
  const explained = (el: XmlElement | undefined): boolean =>
    el !== undefined && specific.some((s) => {
      for (let cur = s.el; cur; cur = cur.parent) if (cur === el) return true;
      return false;
    });
  const kept = [...specific, ...consequential.filter((c) => !explained(c.el)), ...generic.filter((g) => !explained(g.el) && !consequential.some((c) => c.el !== undefined && (c.el === g.el || isAncestor(g.el, c.el))))];
  // Of generic reports, keep the deepest: an ancestor's cascade adds nothing.
  const genericEls = generic.map((g) => g.el);
  const final = kept.filter((k) => !(generic.includes(k) && genericEls.some((o) => o !== k.el && o !== undefined && isAncestor(k.el, o))));
  return dedupe(final.map((k) => k.d));
}

function isAncestor(a: XmlElement | undefined, b: XmlElement): boolean {
  for (let cur = b.parent; cur; cur = cur.parent) if (cur === a) return true;
  return false;
}
