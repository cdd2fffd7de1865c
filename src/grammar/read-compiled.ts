/**
 * Reads the grammar model that compiled.ts writes (a table of nodes referring to each other by
 * index): the half of compiled.ts with nothing from Node, so the browser build (the playground's
 * grammar index, src/browser.ts) reads the same files. Where the model's file names (relative to
 * the schema directory) point is the caller's: `fileAt` maps each, once.
 */
import type { Grammar } from './model.js';

export const GRAMMAR_MODEL_FORMAT = 'virtlint-grammar-model/2';

function bad(what: string): never {
  throw new Error(`malformed compiled grammar model: ${what}`);
}

/** Rebuilds the grammar model written by `compileGrammarModel`, each file name given by `fileAt`. Throws on malformed input. */
export function readGrammarModel(json: unknown, fileAt: (relative: string) => string): Grammar {
  if (typeof json !== 'object' || json === null) bad('not an object');
  const j = json as { format?: unknown; root?: unknown; shapes?: unknown; nodes?: unknown };
  if (j.format !== GRAMMAR_MODEL_FORMAT) bad(`format is not ${GRAMMAR_MODEL_FORMAT}`);
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
  // Some two thousand source references name a few dozen files: each is mapped once.
  const files = new Map<string, string>();
  const fileOf = (v: string): string => {
    let f = files.get(v);
    if (f === undefined) files.set(v, (f = fileAt(v)));
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
      else if (typeof v === 'string') target[key] = key === 'file' ? fileOf(v) : v;
      else if (v === null || typeof v === 'boolean' || typeof v === 'number') target[key] = v;
      else bad('value');
    }
  }
  const g = (typeof j.root === 'number' ? objects[j.root] : undefined) as Partial<Grammar> | undefined;
  if (!g || typeof g.file !== 'string' || !Array.isArray(g.defines) || !Array.isArray(g.elements) || typeof g.start !== 'object') bad('not a grammar');
  return g as Grammar;
}
