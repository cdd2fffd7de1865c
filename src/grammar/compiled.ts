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

const FORMAT = 'virtlint-grammar-model/1';

/** A reference to another node: `[index]` (a one-element array never occurs as a value itself). */
type Encoded = null | boolean | number | string | [number];

/** Serialises a loaded grammar (the nodes reachable from it) for `grammarFromCompiledModel`. */
export function compileGrammarModel(grammar: Grammar, schemaDir: string): unknown {
  const nodes: unknown[] = [];
  const index = new Map<object, number>();
  const pending: object[] = [];
  const ref = (o: object): [number] => {
    let i = index.get(o);
    if (i === undefined) {
      i = nodes.length;
      nodes.push(null);
      index.set(o, i);
      pending.push(o);
    }
    return [i];
  };
  const value = (v: unknown, key: string): Encoded => {
    if (v === null || typeof v === 'boolean' || typeof v === 'number') return v;
    if (typeof v === 'string') return key === 'file' ? path.relative(schemaDir, v) : v;
    if (typeof v === 'object') return ref(v);
    throw new Error(`cannot serialise a ${typeof v} in the grammar model`);
  };
  const root = ref(grammar);
  while (pending.length > 0) {
    const o = pending.shift()!;
    const i = index.get(o)!;
    if (Array.isArray(o)) nodes[i] = { a: o.map((x) => value(x, '')) };
    else {
      const fields: Record<string, Encoded> = {};
      for (const [k, v] of Object.entries(o)) if (v !== undefined) fields[k] = value(v, k);
      nodes[i] = { o: fields };
    }
  }
  return { format: FORMAT, root: root[0], nodes };
}

function bad(what: string): never {
  throw new Error(`malformed compiled grammar model: ${what}`);
}

/** Rebuilds the grammar model written by `compileGrammarModel`, with files under `schemaDir`. Throws on malformed input. */
export function grammarFromCompiledModel(json: unknown, schemaDir: string): Grammar {
  if (typeof json !== 'object' || json === null) bad('not an object');
  const j = json as { format?: unknown; root?: unknown; nodes?: unknown };
  if (j.format !== FORMAT) bad(`format is not ${FORMAT}`);
  if (!Array.isArray(j.nodes)) bad('nodes');
  const encoded = j.nodes as { a?: unknown; o?: unknown }[];
  // Shells first (references may point forward and round), then their contents.
  const objects: object[] = encoded.map((n) => {
    if (typeof n !== 'object' || n === null) bad('node');
    if (Array.isArray(n.a)) return new Array<unknown>(n.a.length);
    if (typeof n.o === 'object' && n.o !== null && !Array.isArray(n.o)) return {};
    return bad('node');
  });
  const decode = (v: unknown, key: string): unknown => {
    if (Array.isArray(v)) {
      const i = v[0] as unknown;
      if (v.length !== 1 || typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= objects.length) bad('reference');
      return objects[i];
    }
    if (typeof v === 'string') return key === 'file' ? path.resolve(schemaDir, v) : v;
    if (v === null || typeof v === 'boolean' || typeof v === 'number') return v;
    return bad('value');
  };
  encoded.forEach((n, i) => {
    const target = objects[i] as Record<string, unknown> | unknown[];
    if (Array.isArray(target)) (n.a as unknown[]).forEach((x, k) => (target[k] = decode(x, '')));
    else for (const [k, v] of Object.entries(n.o as Record<string, unknown>)) target[k] = decode(v, k);
  });
  if (typeof j.root !== 'number' || !Number.isInteger(j.root) || objects[j.root] === undefined) bad('root');
  const g = objects[j.root] as Partial<Grammar>;
  if (typeof g.file !== 'string' || !Array.isArray(g.defines) || !Array.isArray(g.elements) || typeof g.start !== 'object') bad('not a grammar');
  return g as Grammar;
}
