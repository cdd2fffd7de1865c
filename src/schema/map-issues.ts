import type { Diagnostic, Range } from '../types.js';
import type { ParsedDocument } from '../xml/parse.js';
import { type XmlElement, attr, walk } from '../xml/tree.js';
import type { SchemaIssue } from './engine.js';

/** Finds the element an engine's XPath names (`/domain/devices/disk[2]/driver`), if it exists. */
export function resolveXPath(root: XmlElement, xpath: string): XmlElement | undefined {
  const steps = xpath.split('/').filter((s) => s.length > 0);
  let cur: XmlElement | undefined;
  for (const [i, step] of steps.entries()) {
    const m = /^([^[\]]+)(?:\[(\d+)\])?$/.exec(step);
    if (!m) return cur;
    const name = m[1] as string;
    const nth = m[2] ? Number(m[2]) : 1;
    if (i === 0) {
      if (root.name !== name) return undefined;
      cur = root;
      continue;
    }
    const next: XmlElement | undefined = cur?.children.filter((c) => c.name === name)[nth - 1];
    if (!next) return cur;
    cur = next;
  }
  return cur;
}

function elementOnLine(doc: ParsedDocument, line: number, name: string | undefined): XmlElement | undefined {
  let fallback: XmlElement | undefined;
  for (const el of walk(doc.root)) {
    if (el.startTagRange.start.line === line) {
      if (!name || el.name === name) return el;
      fallback ??= el;
    }
  }
  return fallback;
}

interface Located {
  readonly element: XmlElement | undefined;
  readonly range: Range;
}

function locate(doc: ParsedDocument, issue: SchemaIssue, nameHint: string | undefined): Located {
  let element = issue.xpath ? resolveXPath(doc.root, issue.xpath) : undefined;
  if (nameHint && element && element.name !== nameHint) {
    // libxml2 often names the parent in the path and the offending child in the message.
    element = element.children.find((c) => c.name === nameHint) ?? element;
  }
  if (!element && issue.line > 0) element = elementOnLine(doc, issue.line, nameHint);
  if (!element && nameHint) for (const el of walk(doc.root)) if (el.name === nameHint) { element = el; break; }
  if (element) return { element, range: element.nameRange };
  return { element: undefined, range: issue.line > 0 ? doc.lines.lineRange(issue.line) : doc.root.nameRange };
}

const quoteList = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');

/** Hints the grammar can give to make messages precise. Optional: without it messages are still exact in position. */
export interface GrammarHints {
  /** Allowed values of an attribute on an element (in the element's context), or undefined when unknown/free-form. */
  attributeValues?(element: XmlElement, attribute: string): readonly string[] | undefined;
  /** Whether the attribute is allowed at all on this element. */
  allowsAttribute?(element: XmlElement, attribute: string): boolean | undefined;
  /** Attribute names allowed on this element. */
  attributeNames?(element: XmlElement): readonly string[] | undefined;
  /** Child element names allowed in this element. */
  childNames?(element: XmlElement): readonly string[] | undefined;
  /** Names of elements under which `name` may appear. */
  parentsOf?(name: string): readonly string[] | undefined;
}

/**
 * Turns an engine's issues into diagnostics that point at the offending element or attribute and
 * say in words what is wrong. libxml2 reports cascades (a bad attribute, then "failed to validate
 * attributes", then "extra content" on every ancestor): only the most specific issue per element
 * is kept.
 */
export function schemaDiagnostics(doc: ParsedDocument, issues: readonly SchemaIssue[], hints: GrammarHints = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reportedElements = new Set<XmlElement>();
  const seen = new Set<string>();
  const push = (ruleId: string, message: string, range: Range, element: XmlElement | undefined): void => {
    const key = `${range.start.offset}:${ruleId}:${message}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (element) reportedElements.add(element);
    out.push({ ruleId, severity: 'error', message, range });
  };
  const coveredBy = (el: XmlElement | undefined): boolean => {
    for (let cur = el; cur; cur = cur.parent) if (reportedElements.has(cur)) return true;
    return false;
  };
  // Which reported elements have a reported descendant: their generic cascades are noise.
  const hasReportedDescendant = (el: XmlElement): boolean => {
    for (const r of reportedElements) for (let cur = r.parent; cur; cur = cur.parent) if (cur === el) return true;
    return false;
  };

  // Pass 1: specific issues.
  const generic: { issue: SchemaIssue; name: string | undefined; kind: 'attributes' | 'content' | 'other' }[] = [];
  for (const issue of issues) {
    const msg = issue.message;
    let m: RegExpExecArray | null;
    if ((m = /^Invalid attribute (\S+) for element (\S+)/.exec(msg))) {
      const [, attrName, elName] = m as unknown as [string, string, string];
      const { element, range } = locate(doc, issue, elName);
      const a = attr(element, attrName);
      const allowed = element ? hints.allowsAttribute?.(element, attrName) : undefined;
      const values = element ? hints.attributeValues?.(element, attrName) : undefined;
      if (a && (allowed === true || (allowed === undefined && values))) {
        const expect = values && values.length > 0 ? `expected ${values.length === 1 ? '' : 'one of '}${quoteList(values)}` : 'see the documentation for the allowed form';
        push('schema/invalid-value', `Invalid value '${a.value}' for attribute '${attrName}' of <${elName}>: ${expect}`, a.valueRange, element);
      } else if (a) {
        const names = element ? hints.attributeNames?.(element) : undefined;
        const tail = names && names.length > 0 ? `; allowed here: ${names.join(', ')}` : '';
        const unknown = allowed === false ? `Attribute '${attrName}' is not allowed on <${elName}>` : `Attribute '${attrName}' of <${elName}> is not allowed here or its value '${a.value}' is not accepted`;
        push(allowed === false ? 'schema/unknown-attribute' : 'schema/invalid-attribute', `${unknown}${tail}`, allowed === false ? a.nameRange : a.range, element);
      } else {
        push('schema/invalid-attribute', `Attribute '${attrName}' of <${elName}> is not valid here`, range, element);
      }
    } else if ((m = /^Element (\S+) has extra content: (\S+)/.exec(msg)) || (m = /^Extra element (\S+) in interleave/.exec(msg)) || (m = /^Did not expect element (\S+) there/.exec(msg))) {
      const childName = (m[2] ?? m[1]) as string;
      const parentName = m[2] ? m[1] : undefined;
      generic.push({ issue: { ...issue, message: `unexpected:${childName}:${parentName ?? ''}` }, name: childName, kind: 'other' });
    } else if ((m = /^Expecting an element (\S+), got nothing/.exec(msg))) {
      const { element, range } = locate(doc, issue, undefined);
      push('schema/missing-element', `<${element?.name ?? 'element'}> is missing its required child <${m[1]}>`, range, element);
    } else if ((m = /^Expecting element (\S+), got (\S+)/.exec(msg))) {
      const { element, range } = locate(doc, issue, m[2]);
      push('schema/unexpected-element', `Expected <${m[1]}> here, found <${m[2]}>`, range, element);
    } else if ((m = /^Element (\S+) failed to validate attributes/.exec(msg))) {
      generic.push({ issue, name: m[1], kind: 'attributes' });
    } else if ((m = /^Element (\S+) failed to validate content/.exec(msg))) {
      generic.push({ issue, name: m[1], kind: 'content' });
    } else if ((m = /^Did not expect text in element (\S+) content/.exec(msg))) {
      const { element, range } = locate(doc, issue, m[1]);
      push('schema/unexpected-text', `<${m[1]}> must not contain text`, element ? element.contentRange : range, element);
    } else if ((m = /^(?:Error validating datatype|Type) (\S+)/.exec(msg)) || /^Error validating value/.test(msg) || /^Element (\S+) failed to validate/.test(msg) === false) {
      generic.push({ issue, name: m?.[1], kind: 'other' });
    }
  }

  // Pass 2: generic issues, for elements not already explained by a specific one.
  for (const { issue, name, kind } of generic) {
    if (issue.message.startsWith('unexpected:')) {
      const [, childName, parentName] = issue.message.split(':') as [string, string, string];
      const parentEl = issue.xpath ? resolveXPath(doc.root, issue.xpath) : undefined;
      let el = parentEl?.name === childName ? parentEl : parentEl?.children.find((c) => c.name === childName);
      if (!el && issue.line > 0) el = elementOnLine(doc, issue.line, childName);
      if (!el) for (const e of walk(doc.root)) if (e.name === childName && (!parentName || e.parent?.name === parentName)) { el = e; break; }
      if (el && (coveredBy(el) || hasReportedDescendant(el))) continue;
      const parent = el?.parent?.name ?? parentName;
      const where = el ? hints.parentsOf?.(el.name) : undefined;
      const suggestion = where && where.length > 0 && parent && !where.includes(parent) ? `; it belongs in ${where.map((p) => `<${p}>`).join(' or ')}` : '';
      push('schema/unexpected-element', `Element <${childName}> is not allowed ${parent ? `in <${parent}>` : 'here'}${el && suggestion === '' ? ' (unknown, duplicated, or out of place)' : ''}${suggestion}`, el ? el.nameRange : doc.lines.lineRange(Math.max(1, issue.line)), el);
      continue;
    }
    const { element, range } = locate(doc, issue, name);
    if (element && (coveredBy(element) || hasReportedDescendant(element))) continue;
    if (kind === 'attributes') {
      push('schema/invalid-attributes', `<${element?.name ?? name}> is missing a required attribute or has an invalid one`, range, element);
    } else if (kind === 'content') {
      push('schema/invalid-content', `The content of <${element?.name ?? name}> does not match the grammar (a required child is missing or a child is out of place)`, range, element);
    } else {
      push('schema/invalid', `${issue.message.replace(/\s+$/, '')}${element ? ` (in <${element.name}>)` : ''}`, range, element);
    }
  }
  return out;
}
