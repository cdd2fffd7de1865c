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
import { GRAMMAR_MODEL_FORMAT as FORMAT, readGrammarModel } from './read-compiled.js';

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

/** Rebuilds the grammar model written by `compileGrammarModel`, with files under `schemaDir` (read-compiled.ts reads it). Throws on malformed input. */
export function grammarFromCompiledModel(json: unknown, schemaDir: string): Grammar {
  return readGrammarModel(json, (relative) => path.resolve(schemaDir, relative));
}
