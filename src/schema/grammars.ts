import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledGrammar, ResourceLoader } from '../relaxng/api.js';
import { compileGrammar, loadCompiledGrammar } from '../relaxng/index.js';
import { filesBelow, MAX_GRAMMAR_FILE_BYTES, readBoundedRegularFile } from '../files.js';
import type { DocumentKind } from '../types.js';
import { VERSION } from '../version.js';
import { BUNDLED_SCHEMA_DIR, COMPILED_GRAMMAR_DIR } from './bundled.js';
import { KIND_GRAMMARS } from './kinds.js';
import { isReallyInside } from '../path-inside.js';
import { readPrivateCacheFile, writePrivateCacheFile } from '../private-cache.js';

/** The grammar for one document kind of a schema set, ready for validation. */
export type GrammarOutcome =
  | { readonly status: 'ok'; readonly grammar: CompiledGrammar }
  /** The schema set has no grammar for this kind (e.g. a user's --schemas dir lacks the file). */
  | { readonly status: 'no-grammar'; readonly file: string }
  /** The grammar itself could not be read or is not correct RelaxNG. */
  | { readonly status: 'broken-grammar'; readonly file: string; readonly reason: string };

/** A compiled grammar in the on-disk cache is a few hundred KiB; anything far larger is not ours. */
const MAX_COMPILED_GRAMMAR_BYTES = 32 * 1024 * 1024;

/**
 * Bumped when the compiled form changes meaning, or the compiler refuses what it took before, so
 * stale cache entries are not reused (2: patterns that cannot be matched in bounded time, grammars
 * expanding past 500,000 patterns, includes through a directory link out of the set are refused;
 * 3: grammars nested too deep — pattern facets, patterns, name classes, files — are refused).
 */
const CACHE_FORMAT = 3;

const toPath = (url: string): string => (url.startsWith('file:') ? fileURLToPath(url) : url);

/**
 * Reads grammar files of one schema set, and nothing else: an include or externalRef that leaves the
 * set's directory (or is not a .rng file) is refused, so a grammar cannot make virtlint read arbitrary files.
 */
/** A grammar file: a regular file (not a link, FIFO or device) of bounded size, whoever wrote the directory. */
const readGrammarFile = (file: string): string => readBoundedRegularFile(file, { maxBytes: MAX_GRAMMAR_FILE_BYTES, followSymlinks: false }).toString('utf8');

export function schemaSetLoader(dir: string, read: (file: string) => string = readGrammarFile): ResourceLoader {
  return {
    resolve: (base, href) => path.resolve(path.dirname(toPath(base)), toPath(href)),
    read: (url) => {
      const file = path.resolve(toPath(url));
      if (!file.endsWith('.rng') || !isReallyInside(file, dir)) throw new Error(`${file} is outside the schema directory ${dir}`);
      return read(file);
    },
  };
}

/** Compiles the grammar of `kind` in a schema set from its .rng sources. */
export function compileKind(dir: string, kind: DocumentKind, read?: (file: string) => string): GrammarOutcome {
  const file = path.join(path.resolve(dir), KIND_GRAMMARS[kind].file);
  if (!fs.existsSync(file)) return { status: 'no-grammar', file };
  let outcome;
  try {
    outcome = compileGrammar(file, schemaSetLoader(dir, read));
  } catch (e) {
    return { status: 'broken-grammar', file, reason: `internal error while compiling: ${(e as Error).message}` };
  }
  if (outcome.ok) return { status: 'ok', grammar: outcome.grammar };
  const reason = outcome.problems
    .slice(0, 3)
    .map((p) => (p.url ? `${path.relative(dir, toPath(p.url)) || p.url}: ${p.message}` : p.message))
    .join('; ');
  return { status: 'broken-grammar', file, reason: outcome.problems.length > 3 ? `${reason} (and ${outcome.problems.length - 3} more)` : reason };
}

/** Default cache directory: `$XDG_CACHE_HOME/virtlint`, else `~/.cache/virtlint` (as the capability cache). */
function cacheRoot(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.VIRTLINT_GRAMMAR_CACHE === 'off') return undefined;
  const xdg = env.XDG_CACHE_HOME;
  const home = env.HOME;
  if (xdg && path.isAbsolute(xdg)) return path.join(xdg, 'virtlint', 'grammars');
  return home ? path.join(home, '.cache', 'virtlint', 'grammars') : undefined;
}

/** The .rng sources of a schema set, read once, and a key for its kind's compiled forms: their content and virtlint's version. */
export interface SchemaSetSources {
  readonly texts: ReadonlyMap<string, string>;
  readonly key: string;
}

/** Reads every .rng file of a schema set (unreadable ones are left to the compiler to report). Throws when the directory cannot be listed. */
export function readSchemaSet(dir: string, kind: DocumentKind): SchemaSetSources {
  const files = filesBelow(dir, (e) => e.name.endsWith('.rng')); // special files too: the read refuses them, naming them
  const texts = new Map<string, string>();
  const hash = crypto.createHash('sha256').update(`virtlint ${VERSION} format ${CACHE_FORMAT} ${KIND_GRAMMARS[kind].file}\0`);
  for (const f of files) {
    let text: string;
    try {
      text = readGrammarFile(f);
    } catch {
      continue; // an unreadable file the grammar needs is reported by the compiler
    }
    texts.set(f, text);
    hash.update(path.relative(dir, f)).update('\0').update(text).update('\0');
  }
  return { texts, key: hash.digest('hex').slice(0, 40) };
}

/**
 * The cache file of a compiled form (`sub`: '' for the grammar, 'model' for the grammar model
 * behind the index), or undefined when caching is off or there is no cache directory.
 */
export function cacheFileFor(key: string, sub = ''): string | undefined {
  const root = cacheRoot();
  return root ? path.join(root, sub, `${key}.json`) : undefined;
}

/**
 * A cached compiled form's JSON, or undefined (missing or unusable: the caller compiles). Only an
 * entry that is this user's alone, in a directory that is theirs alone, counts (src/private-cache.ts):
 * the key is a hash of the schema set, computable by anyone who has it, so an entry planted in a
 * directory another user can write would validate documents against the planter's grammar.
 */
export function readCached(file: string | undefined): unknown {
  if (!file) return undefined;
  const bytes = readPrivateCacheFile(file, MAX_COMPILED_GRAMMAR_BYTES);
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Writes a compiled form to the cache (atomically: a new temporary file, created exclusively and never
 * through a link, renamed over the entry), only in a directory that is this user's alone
 * (src/private-cache.ts). Failures only cost the next process a compilation.
 */
export function writeCached(file: string | undefined, json: unknown): void {
  if (!file) return;
  writePrivateCacheFile(file, JSON.stringify(json));
}

/**
 * A foreign schema set's grammar, compiled once and cached on disk keyed by the content of every
 * .rng file in the set (and virtlint's version): later processes load the JSON instead of
 * compiling. Cache problems are never errors: the grammar is compiled again.
 */
function foreignGrammar(dir: string, kind: DocumentKind): GrammarOutcome {
  const file = path.join(dir, KIND_GRAMMARS[kind].file);
  if (!fs.existsSync(file)) return { status: 'no-grammar', file };
  let sources: SchemaSetSources;
  try {
    sources = readSchemaSet(dir, kind);
  } catch (e) {
    return { status: 'broken-grammar', file, reason: (e as Error).message };
  }
  const cacheFile = cacheFileFor(sources.key);
  const cached = readCached(cacheFile);
  if (cached !== undefined) {
    try {
      return { status: 'ok', grammar: loadCompiledGrammar(cached) };
    } catch {
      // an unusable entry: compile below
    }
  }
  const outcome = compileKind(dir, kind, (f) => sources.texts.get(f) ?? readGrammarFile(f));
  if (outcome.status === 'ok') writeCached(cacheFile, outcome.grammar.toJSON());
  return outcome;
}

/** The bundled grammar: the JSON compiled at build time, or (in a tree built without it, or with a stale one) the sources. */
function bundledGrammar(kind: DocumentKind): GrammarOutcome {
  const json = path.join(COMPILED_GRAMMAR_DIR, `${kind}.json`);
  let text: string | undefined;
  try {
    text = fs.readFileSync(json, 'utf8');
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    try {
      return { status: 'ok', grammar: loadCompiledGrammar(JSON.parse(text)) };
    } catch {
      // Written by another version of the engine (a tree rebuilt with tsc alone): use the sources.
    }
  }
  return compileKind(BUNDLED_SCHEMA_DIR, kind);
}

/** A grammar in use, and its memoSize when it was loaded. */
interface GrammarEntry {
  outcome: GrammarOutcome;
  loadedSize: number;
}

const grammars = new Map<string, GrammarEntry>();

/**
 * A grammar keeps every validation state, name and value it has met (memoised derivatives): in a
 * long-running process (the language server, a huge batch) it is replaced by a fresh copy once
 * its tables have grown by this much since it was loaded (CompiledGrammar.memoSize, units of about
 * one table entry, ~200-270 bytes each measured: ~50-65 MB). Documents like those seen before add
 * nothing, so a batch of similar documents keeps its warm tables (the corpus's 246 domains need
 * ~27,000 units); documents that keep bringing new states, names or texts are bounded by it.
 * (It was a count of documents, 5,000: a 20,000-file batch warmed the tables up four times, and a
 * hostile stream was bounded only by 5,000 times what one document may hold.)
 */
export const MEMO_GROWTH_BEFORE_REFRESH = 200_000;

const okEntry = (outcome: GrammarOutcome): GrammarEntry => ({ outcome, loadedSize: outcome.status === 'ok' ? outcome.grammar.memoSize : 0 });

/** The compiled grammar of a kind in a schema set (default: the bundled one), once per process. */
export function grammarFor(schemaDir: string | undefined, kind: DocumentKind): GrammarOutcome {
  const dir = schemaDir === undefined ? undefined : path.resolve(schemaDir);
  const key = `${dir ?? ''}\0${kind}`;
  let entry = grammars.get(key);
  if (!entry) {
    const outcome = dir === undefined || dir === path.resolve(BUNDLED_SCHEMA_DIR) ? bundledGrammar(kind) : foreignGrammar(dir, kind);
    grammars.set(key, (entry = okEntry(outcome)));
  }
  const outcome = entry.outcome;
  if (outcome.status === 'ok' && outcome.grammar.memoSize - entry.loadedSize > MEMO_GROWTH_BEFORE_REFRESH) {
    entry = okEntry({ status: 'ok', grammar: loadCompiledGrammar(outcome.grammar.toJSON()) });
    grammars.set(key, entry);
  }
  return entry.outcome;
}

/** Forgets compiled grammars (an editor calls this when a schema file changes on disk). */
export function clearCompiledGrammars(): void {
  grammars.clear();
}
