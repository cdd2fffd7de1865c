/**
 * The loaded grammar model (model.ts) as JSON, so that the bundled grammar's index is built at
 * build time (scripts/compile-grammars.mjs → dist/grammars/model/<kind>.json) and no process parses
 * the .rng sources to word a message. The model is a graph (refs point at defines, whose patterns
 * lead back to refs; patterns may be shared), so it is written as a table of nodes referring to each
 * other by index, which keeps every object's identity (the index memoises by identity and by
 * element id). File names are stored relative to the schema directory and resolved on loading, so
 * the form does not depend on where the package is installed.
 */
import path from 'node:path';
import type { Grammar } from './model.js';

const FORMAT = 'virtlint-grammar-model/2';

type Primitive = null | boolean | number | string;

/**
 * Serialises a loaded grammar (the nodes reachable from it) for `grammarFromCompiledModel`.
 * Objects share "shapes" (their keys, and which values are references), so a node is only
 * `[shape, ...values]`; an array of objects is `[-1, ...indexes]`.
 */
export function compileGrammarModel(grammar: Grammar, schemaDir: string): unknown {
  const nodes: unknown[][] = [];
  const index = new Map<object, number>();
  const pending: object[] = [];
  const shapes: (string | number)[][] = [];
  const shapeIndex = new Map<string, number>();
  // Objects are numbered as first met, and `nodes` and `pending` grow together: node n is pending[n].
  const ref = (o: object): number => {
    let i = index.get(o);
    if (i === undefined) {
      i = nodes.length;
      nodes.push([]);
      index.set(o, i);
      pending.push(o);
    }
    return i;
  };
  // Some two thousand source references name a few dozen files: each is made relative once.
  const relative = new Map<string, string>();
  const primitive = (v: unknown, key: string): Primitive => {
    if (v === null || typeof v === 'boolean' || typeof v === 'number') return v;
    if (typeof v !== 'string') throw new Error(`cannot serialise a ${typeof v} in the grammar model`);
    if (key !== 'file') return v;
    let r = relative.get(v);
    if (r === undefined) relative.set(v, (r = path.relative(schemaDir, v)));
    return r;
  };
  const root = ref(grammar);
  // One pass over each object's keys, the shape looked up by a key string built on the way (the
  // entries filtered, mapped and written as JSON per object made the garbage of 100,000 elements
  // cost as much as the work).
  for (let n = 0; n < pending.length; n++) {
    const o = pending[n]!;
    if (Array.isArray(o)) {
      const node: unknown[] = [-1];
      for (const x of o as unknown[]) {
        if (typeof x !== 'object' || x === null) throw new Error('cannot serialise an array of non-objects in the grammar model');
        node.push(ref(x));
      }
      nodes[n] = node;
      continue;
    }
    const node: unknown[] = [0];
    let shapeKey = '';
    for (const k of Object.keys(o)) {
      const v = (o as Record<string, unknown>)[k];
      if (v === undefined) continue;
      const isRef = typeof v === 'object' && v !== null;
      shapeKey += isRef ? `${k}\u0001` : `${k}\u0000`;
      node.push(isRef ? ref(v) : primitive(v, k));
    }
    let s = shapeIndex.get(shapeKey);
    if (s === undefined) {
      s = shapes.length;
      // A new shape (a few dozen in a grammar): its keys read again.
      const shape: (string | number)[] = [];
      for (const [k, v] of Object.entries(o)) if (v !== undefined) shape.push(k, typeof v === 'object' && v !== null ? 1 : 0);
      shapes.push(shape);
      shapeIndex.set(shapeKey, s);
    }
    node[0] = s;
    nodes[n] = node;
  }
  return { format: FORMAT, root, shapes, nodes };
}

function bad(what: string): never {
  throw new Error(`malformed compiled grammar model: ${what}`);
}

/** Rebuilds the grammar model written by `compileGrammarModel`, with files under `schemaDir`. Throws on malformed input. */
export function grammarFromCompiledModel(json: unknown, schemaDir: string): Grammar {
  if (typeof json !== 'object' || json === null) bad('not an object');
  const j = json as { format?: unknown; root?: unknown; shapes?: unknown; nodes?: unknown };
  if (j.format !== FORMAT) bad(`format is not ${FORMAT}`);
  if (!Array.isArray(j.nodes) || !Array.isArray(j.shapes)) bad('nodes');
  const shapes = j.shapes as unknown[];
  for (const shape of shapes) {
    if (!Array.isArray(shape) || shape.length % 2 !== 0) bad('shape');
    for (let k = 0; k < shape.length; k += 2) if (typeof shape[k] !== 'string' || (shape[k + 1] !== 0 && shape[k + 1] !== 1)) bad('shape');
  }
  const encoded = j.nodes as unknown[];
  const count = encoded.length;
  // Shells first (references may point forward and round), then their contents.
  const objects: (Record<string, unknown> | unknown[])[] = new Array<Record<string, unknown> | unknown[]>(count);
  for (let i = 0; i < count; i++) {
    const n = encoded[i];
    if (!Array.isArray(n) || typeof n[0] !== 'number') bad('node');
    if (n[0] === -1) objects[i] = new Array<unknown>(n.length - 1);
    else if (Number.isInteger(n[0]) && n[0] >= 0 && n[0] < shapes.length && (shapes[n[0]] as unknown[]).length === (n.length - 1) * 2) objects[i] = {};
    else bad('node');
  }
  // Some two thousand source references name a few dozen files: each is resolved once.
  const files = new Map<string, string>();
  const fileAt = (v: string): string => {
    let f = files.get(v);
    if (f === undefined) files.set(v, (f = path.resolve(schemaDir, v)));
    return f;
  };
  const at = (v: unknown): object => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v >= count) bad('reference');
    return objects[v]!;
  };
  for (let i = 0; i < count; i++) {
    const n = encoded[i] as unknown[];
    const target = objects[i]!;
    if (Array.isArray(target)) {
      for (let k = 1; k < n.length; k++) target[k - 1] = at(n[k]);
      continue;
    }
    const shape = shapes[n[0] as number] as (string | number)[];
    for (let k = 1; k < n.length; k++) {
      const key = shape[(k - 1) * 2] as string;
      const v = n[k];
      if (shape[(k - 1) * 2 + 1] === 1) target[key] = at(v);
      else if (typeof v === 'string') target[key] = key === 'file' ? fileAt(v) : v;
      else if (v === null || typeof v === 'boolean' || typeof v === 'number') target[key] = v;
      else bad('value');
    }
  }
  const g = (typeof j.root === 'number' ? objects[j.root] : undefined) as Partial<Grammar> | undefined;
  if (!g || typeof g.file !== 'string' || !Array.isArray(g.defines) || !Array.isArray(g.elements) || typeof g.start !== 'object') bad('not a grammar');
  return g as Grammar;
}
