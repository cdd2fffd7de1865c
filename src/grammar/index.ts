/**
 * The grammar index: what a RelaxNG schema set allows where, for precise schema messages (the
 * schema step) and for completion and hover (the language server).
 *
 *   const index = grammarIndexFor(schemaDir, 'domain');        // loaded once per process and set
 *   index.describe(['domain', 'devices', 'disk', 'driver']);    // attributes (required?, values or
 *                                                               // words for the datatype), children,
 *                                                               // text, a:documentation
 *   elementsFor(index, xmlElement);                             // the same for an element of a parsed
 *                                                               // document, narrowed by the attribute
 *                                                               // values on it and its ancestors
 *   index.parentsOf('disk');                                    // ['devices']
 *
 * Lower level: elementsAt(path) / childInfos(parents, name) / specialize(info, attributes) / info().
 * Names are `local`, or `{uri}local` for namespaced ones (grammarNameOf resolves document prefixes).
 * Everything is computed on first use and memoised. The bundled grammar's model is compiled at build
 * time (dist/grammars/model/<kind>.json); another schema set's is loaded from its .rng sources
 * (a few hundred milliseconds) once, then from the cache (keyed by their content, like its grammar).
 */
import fs from 'node:fs';
import path from 'node:path';
import { KIND_GRAMMARS } from '../schema/kinds.js';
import { BUNDLED_SCHEMA_DIR, COMPILED_GRAMMAR_DIR } from '../schema/bundled.js';
import type { DocumentKind } from '../types.js';
import { GrammarIndex } from './index-grammar.js';
import { loadGrammar } from './load.js';
import { compileGrammarModel, grammarFromCompiledModel } from './compiled.js';
import { cacheFileFor, readCached, readSchemaSet, writeCached } from '../schema/grammars.js';
import type { Grammar } from './model.js';

export { GrammarIndex } from './index-grammar.js';
export type { AttributeInfo, ChildInfo, ElementInfo, ElementSummary, ValueSpec } from './index-grammar.js';
export { GrammarLoadError, loadGrammar } from './load.js';
export { compileGrammarModel, grammarFromCompiledModel } from './compiled.js';
export { describeData, describeNamedType } from './describe.js';
export type { ElementPattern, Grammar, Pattern } from './model.js';

/** The file the build writes a kind's grammar model to (next to the compiled grammar). */
export const compiledModelFile = (kind: DocumentKind): string => path.join(COMPILED_GRAMMAR_DIR, 'model', `${kind}.json`);

/**
 * A bundled grammar's model: the one compiled at build time (no .rng parsing at run time), or —
 * in a tree built without it, or with one of another format — the sources.
 */
function bundledModel(dir: string, file: string, kind: DocumentKind): Grammar {
  let text: string | undefined;
  try {
    text = fs.readFileSync(compiledModelFile(kind), 'utf8');
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    try {
      return grammarFromCompiledModel(JSON.parse(text), dir);
    } catch {
      // written by another version: load the sources below
    }
  }
  return loadGrammar(dir, file);
}

/**
 * Another schema set's model (`--schemas DIR`): loaded from its sources once, then cached on disk
 * under the same content key as its compiled grammar (in the cache's model/ directory), so later
 * processes skip parsing the .rng files. Cache problems are never errors.
 */
function foreignModel(dir: string, file: string, kind: DocumentKind): Grammar {
  let sources: ReturnType<typeof readSchemaSet>;
  try {
    sources = readSchemaSet(dir, kind);
  } catch {
    return loadGrammar(dir, file); // which reports what is wrong with the directory
  }
  const cacheFile = cacheFileFor(sources.key, 'model');
  const cached = readCached(cacheFile);
  if (cached !== undefined) {
    try {
      return grammarFromCompiledModel(cached, dir);
    } catch {
      // an unusable entry: load the sources below
    }
  }
  // The files read for the key are the grammar's sources: not read from the disk again.
  const grammar = loadGrammar(dir, file, sources.texts);
  writeCached(cacheFile, compileGrammarModel(grammar, dir));
  return grammar;
}

/** Loaded indexes by absolute grammar file: each grammar is read once per process. */
const indexes = new Map<string, GrammarIndex | undefined>();
/** The same for the bundled set by kind: the schema step asks on every invalid document, without resolving paths each time. */
const bundledIndexes = new Map<DocumentKind, GrammarIndex | undefined>();

/**
 * The index of the grammar for a document kind in a schema set (default: the bundled grammar), or
 * undefined when the set has no grammar for that kind. Throws GrammarLoadError for a broken set.
 */
export function grammarIndexFor(schemaDir: string | undefined, kind: DocumentKind): GrammarIndex | undefined {
  if (schemaDir === undefined && bundledIndexes.has(kind)) return bundledIndexes.get(kind);
  const dir = path.resolve(schemaDir ?? BUNDLED_SCHEMA_DIR);
  const file = path.join(dir, KIND_GRAMMARS[kind].file);
  let index: GrammarIndex | undefined;
  if (indexes.has(file)) index = indexes.get(file);
  else {
    const bundled = dir === path.resolve(BUNDLED_SCHEMA_DIR);
    index = fs.existsSync(file) ? new GrammarIndex(bundled ? bundledModel(dir, file, kind) : foreignModel(dir, file, kind)) : undefined;
    indexes.set(file, index);
  }
  if (schemaDir === undefined) bundledIndexes.set(kind, index);
  return index;
}

/** Whether the index for a kind in a schema set has been loaded in this process (valid documents never load it). */
export function isGrammarIndexLoaded(schemaDir: string | undefined, kind: DocumentKind): boolean {
  const dir = path.resolve(schemaDir ?? BUNDLED_SCHEMA_DIR);
  return indexes.has(path.join(dir, KIND_GRAMMARS[kind].file));
}

/** Forgets loaded indexes (an editor calls this when a schema file changes on disk). */
export function clearGrammarIndexes(): void {
  indexes.clear();
  bundledIndexes.clear();
}

export { attributeMapOf, elementsFor, grammarNameOf, grammarPathOf, namespacesInScope } from './document-names.js';
