import type { ParsedDocument } from '../../src/xml/parse.js';
import { type XmlElement, walk } from '../../src/xml/tree.js';

/** A small deterministic PRNG (mulberry32), so mutants are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Mutant {
  readonly kind: string;
  readonly description: string;
  readonly text: string;
}

const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);

/** Element subtrees whose grammar is free-form (foreign namespaces): mutating them proves nothing. */
function inFreeForm(el: XmlElement): boolean {
  for (let cur: XmlElement | undefined = el; cur; cur = cur.parent) {
    if (cur.name === 'metadata' || cur.name.includes(':') || cur.name === 'description' || cur.name === 'title') return true;
  }
  return false;
}

/** Mutation operators of the grammar differential test; each returns undefined when it does not apply. */
const OPERATORS: Record<string, (doc: ParsedDocument, pick: <T>(xs: readonly T[]) => T | undefined) => Mutant | undefined> = {
  'drop-attribute': (doc, pick) => {
    const el = pick([...walk(doc.root)].filter((e) => e.attributes.length > 0 && !inFreeForm(e)));
    const a = el && pick(el.attributes);
    if (!el || !a) return undefined;
    let start = a.attributeRange.start.offset;
    while (/\s/.test(doc.text[start - 1] ?? '')) start--;
    return { kind: 'drop-attribute', description: `drop ${a.name} of <${el.name}> at line ${a.attributeRange.start.line}`, text: splice(doc.text, start, a.attributeRange.end.offset, '') };
  },
  'drop-element': (doc, pick) => {
    const el = pick([...walk(doc.root)].filter((e) => e.parent && !inFreeForm(e)));
    if (!el) return undefined;
    return { kind: 'drop-element', description: `drop <${el.name}> at line ${el.range.start.line}`, text: splice(doc.text, el.range.start.offset, el.range.end.offset, '') };
  },
  'rename-element': (doc, pick) => {
    const el = pick([...walk(doc.root)].filter((e) => e.parent && !inFreeForm(e)));
    if (!el) return undefined;
    const endTagStart = doc.text.lastIndexOf(`</${el.name}`, el.range.end.offset);
    let text = doc.text;
    if (endTagStart > el.startTagRange.end.offset - 1) text = splice(text, endTagStart + 2, endTagStart + 2 + el.name.length, `${el.name}x`);
    text = splice(text, el.nameRange.start.offset, el.nameRange.end.offset, `${el.name}x`);
    return { kind: 'rename-element', description: `rename <${el.name}> at line ${el.range.start.line}`, text };
  },
  'move-element': (doc, pick) => {
    const all = [...walk(doc.root)].filter((e) => !inFreeForm(e));
    const el = pick(all.filter((e) => e.parent && e.parent.parent));
    const target = pick(all.filter((e) => el && e !== el && e.name !== el.parent?.name && e.range.end.offset > e.startTagRange.end.offset && !isInside(e, el)));
    if (!el || !target) return undefined;
    const piece = doc.text.slice(el.range.start.offset, el.range.end.offset);
    const removed = splice(doc.text, el.range.start.offset, el.range.end.offset, '');
    const at = target.startTagRange.end.offset - (target.startTagRange.end.offset > el.range.start.offset ? piece.length : 0);
    return { kind: 'move-element', description: `move <${el.name}> (line ${el.range.start.line}) into <${target.name}> (line ${target.range.start.line})`, text: splice(removed, at, at, piece) };
  },
  'bad-enum-value': (doc, pick) => {
    const candidates = [...walk(doc.root)].filter((e) => !inFreeForm(e)).flatMap((e) => e.attributes.filter((a) => /^[a-z][a-z0-9_-]*$/.test(a.value) && !/^(name|dev|file|path|alias|id|network|bridge|pool|volume|source|target)$/.test(a.name)).map((a) => ({ e, a })));
    const c = pick(candidates);
    if (!c) return undefined;
    return { kind: 'bad-enum-value', description: `${c.a.name}='${c.a.value}' → 'bogus' on <${c.e.name}> line ${c.a.attributeRange.start.line}`, text: splice(doc.text, c.a.range.start.offset, c.a.range.end.offset, 'bogus') };
  },
  'bad-number': (doc, pick) => {
    const candidates = [...walk(doc.root)].filter((e) => !inFreeForm(e)).flatMap((e) => e.attributes.filter((a) => /^(0x)?[0-9a-f]+$/i.test(a.value) && /[0-9]/.test(a.value)).map((a) => ({ e, a })));
    const c = pick(candidates);
    if (!c) return undefined;
    const value = pick(['-1', 'abc', '99999999999999999999999', '1.5']) as string;
    return { kind: 'bad-number', description: `${c.a.name}='${c.a.value}' → '${value}' on <${c.e.name}> line ${c.a.attributeRange.start.line}`, text: splice(doc.text, c.a.range.start.offset, c.a.range.end.offset, value) };
  },
  'unknown-attribute': (doc, pick) => {
    const el = pick([...walk(doc.root)].filter((e) => !inFreeForm(e)));
    if (!el) return undefined;
    return { kind: 'unknown-attribute', description: `add bogusattr to <${el.name}> line ${el.range.start.line}`, text: splice(doc.text, el.nameRange.end.offset, el.nameRange.end.offset, " bogusattr='1'") };
  },
  'duplicate-element': (doc, pick) => {
    const el = pick([...walk(doc.root)].filter((e) => e.parent && !inFreeForm(e)));
    if (!el) return undefined;
    const piece = doc.text.slice(el.range.start.offset, el.range.end.offset);
    return { kind: 'duplicate-element', description: `duplicate <${el.name}> at line ${el.range.start.line}`, text: splice(doc.text, el.range.end.offset, el.range.end.offset, piece) };
  },
};

function isInside(inner: XmlElement, outer: XmlElement): boolean {
  for (let cur: XmlElement | undefined = inner; cur; cur = cur.parent) if (cur === outer) return true;
  return false;
}

export const MUTATION_KINDS = Object.keys(OPERATORS);

/** `count` mutants of a document, cycling through the operators, deterministic for a seed. */
export function mutants(doc: ParsedDocument, count: number, seed: number): Mutant[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T | undefined => (xs.length === 0 ? undefined : xs[Math.floor(rand() * xs.length)]);
  const out: Mutant[] = [];
  for (let i = 0; out.length < count && i < count * 4; i++) {
    const op = OPERATORS[MUTATION_KINDS[i % MUTATION_KINDS.length] as string]!;
    const m = op(doc, pick);
    if (m && m.text !== doc.text) out.push(m);
  }
  return out;
}
