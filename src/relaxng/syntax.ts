/**
 * Reads one RelaxNG grammar file (XML syntax) into a small tree of RelaxNG elements, applying the
 * per-file simplification steps of spec 4.1–4.3: foreign elements and attributes are dropped,
 * whitespace-only text is ignored, `datatypeLibrary` is inherited, `xml:base` sets the base URL.
 * Syntax problems (unknown RNG element, stray attribute or text) are thrown as GrammarSyntaxError.
 */
import { SaxesParser } from 'saxes';

export const RNG_NS = 'http://relaxng.org/ns/structure/1.0';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export class GrammarSyntaxError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
  }
}

export interface RngEl {
  readonly local: string;
  /** Unqualified attributes (name, type, href, combine, ns, datatypeLibrary). */
  readonly attrs: Map<string, string>;
  readonly children: RngEl[];
  /** The element's direct text (meaningful for name, value and param). */
  text: string;
  /** In-scope namespace declarations (prefix → URI; '' = default namespace). */
  readonly nsMap: Readonly<Record<string, string>>;
  /** Base URL for hrefs (file URL with xml:base applied). */
  readonly base: string;
  /** The inherited datatypeLibrary (spec 4.3). */
  readonly dtLib: string;
  readonly url: string;
  readonly line: number;
}

const ATTRS: Record<string, readonly string[]> = {
  element: ['name'],
  attribute: ['name'],
  group: [],
  interleave: [],
  choice: [],
  optional: [],
  zeroOrMore: [],
  oneOrMore: [],
  list: [],
  mixed: [],
  ref: ['name'],
  parentRef: ['name'],
  empty: [],
  text: [],
  value: ['type'],
  data: ['type'],
  notAllowed: [],
  externalRef: ['href'],
  grammar: [],
  start: ['combine'],
  define: ['name', 'combine'],
  div: [],
  include: ['href'],
  name: [],
  anyName: [],
  nsName: [],
  except: [],
  param: ['name'],
};
const TEXT_ELEMENTS = new Set(['name', 'value', 'param']);

function resolveUrl(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** Parses a grammar document. `allowDoctype` is for trusted test data whose entities were pre-expanded. */
export function parseGrammarXml(text: string, url: string): RngEl {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let root: RngEl | null = null;
  // Stack entries: the RNG element, or null for a foreign subtree being skipped.
  const stack: (RngEl | null)[] = [];
  const nsStack: Record<string, string>[] = [Object.create(null) as Record<string, string>];
  const fail = (msg: string): never => {
    throw new GrammarSyntaxError(`${msg} (line ${parser.line})`, url);
  };
  parser.on('error', (e) => fail(e.message));
  parser.on('doctype', () => fail('a DOCTYPE is not allowed in a grammar file'));
  parser.on('opentag', (tag) => {
    const parentNs = nsStack[nsStack.length - 1]!;
    const nsMap = Object.create(parentNs) as Record<string, string>;
    for (const [p, u] of Object.entries(tag.ns ?? {})) nsMap[p] = u;
    nsStack.push(nsMap);
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (parent === null || tag.uri !== RNG_NS) {
      if (stack.length === 0) fail(`the root element must be a RelaxNG element, not ${tag.name}`);
      if (parent && TEXT_ELEMENTS.has(parent.local)) fail(`${parent.local} cannot contain elements`);
      stack.push(null);
      return;
    }
    const local = tag.local!;
    const allowed = ATTRS[local];
    if (!allowed) fail(`unknown RelaxNG element ${local}`);
    const attrs = new Map<string, string>();
    let xmlBase: string | undefined;
    for (const a of Object.values(tag.attributes)) {
      if (a.uri === '') {
        if (a.local !== 'ns' && a.local !== 'datatypeLibrary' && !allowed!.includes(a.local))
          fail(`attribute ${a.local} is not allowed on ${local}`);
        attrs.set(a.local, a.value);
      } else if (a.uri === XML_NS && a.local === 'base') {
        xmlBase = a.value;
      } else if (a.uri === RNG_NS) {
        fail(`attribute ${a.name} in the RelaxNG namespace is not allowed`);
      }
    }
    const parentBase = parent ? parent.base : url;
    const dl = attrs.get('datatypeLibrary');
    if (dl !== undefined) checkDatatypeLibrary(dl, fail);
    const el: RngEl = {
      local,
      attrs,
      children: [],
      text: '',
      nsMap,
      base: xmlBase !== undefined ? resolveUrl(xmlBase, parentBase) : parentBase,
      dtLib: dl ?? parent?.dtLib ?? '',
      url,
      line: parser.line,
    };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (TEXT_ELEMENTS.has(top.local)) top.text += t;
    else if (/[^ \t\r\n]/.test(t)) fail(`text is not allowed in ${top.local}`);
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (TEXT_ELEMENTS.has(top.local)) top.text += t;
    else if (/[^ \t\r\n]/.test(t)) fail(`text is not allowed in ${top.local}`);
  });
  parser.on('closetag', () => {
    const el = stack.pop();
    nsStack.pop();
    if (el && TEXT_ELEMENTS.has(el.local) && el.children.length > 0) fail(`${el.local} cannot contain elements`);
  });
  parser.write(text).close();
  if (!root) fail('no root element');
  return root!;
}

function checkDatatypeLibrary(v: string, fail: (m: string) => never): void {
  if (v === '') return;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:./.test(v)) fail(`datatypeLibrary ${JSON.stringify(v)} is not an absolute URI`);
  if (v.includes('#')) fail(`datatypeLibrary ${JSON.stringify(v)} must not have a fragment identifier`);
  if (/[ <>"{}|\\^`]/.test(v) || /%(?![0-9A-Fa-f]{2})/.test(v)) fail(`datatypeLibrary ${JSON.stringify(v)} is not a valid URI`);
}

export { resolveUrl };
