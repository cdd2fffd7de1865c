import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ParseOption,
  RelaxNGValidator,
  XmlDocument,
  XmlValidateError,
  xmlRegisterInputProvider,
} from 'libxml2-wasm';
import { fsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';
import { MAX_GRAMMAR_FILE_BYTES, readBoundedRegularFile } from '../files.js';
import type { DocumentKind } from '../types.js';
import type { FragmentOutcome, SchemaEngine, SchemaIssue, SchemaOutcome } from './engine.js';
import { KIND_GRAMMARS } from './kinds.js';

/** Directories libxml2 may read from: only schema sets, never anything a document names. */
const readableRoots = new Set<string>();
let providerRegistered = false;

function toPath(filename: string): string | undefined {
  try {
    return filename.startsWith('file:') ? fileURLToPath(filename) : path.resolve(filename);
  } catch {
    return undefined;
  }
}

function isBoundedRegularFile(p: string): boolean {
  const st = fs.lstatSync(p, { throwIfNoEntry: false });
  return Boolean(st?.isFile() && st.size <= MAX_GRAMMAR_FILE_BYTES);
}

function allowSchemaReadsFrom(dir: string): void {
  readableRoots.add(path.resolve(dir) + path.sep);
  if (providerRegistered) return;
  providerRegistered = true;
  xmlRegisterInputProvider({
    ...fsInputProviders,
    match(filename: string): boolean {
      const p = toPath(filename);
      if (!p || !p.endsWith('.rng')) return false;
      // Only a regular, bounded, non-symlink file (never /dev/zero or a FIFO dressed as a .rng).
      for (const root of readableRoots) if (p.startsWith(root)) return isBoundedRegularFile(p);
      return false;
    },
    open(filename: string): number | undefined {
      const p = toPath(filename);
      return p ? fsInputProviders.open(p) : undefined;
    },
  });
}

// libxml2 options for the documents we validate: no network, no DTD loading, no entity
// substitution. (virtlint refuses DOCTYPEs before this point anyway; this is belt and braces.)
// XML_PARSE_HUGE lifts libxml2's own 10 MB cap on one text node or attribute value: a document
// that reaches this point is already bounded by virtlint's limits (file size, depth, attribute
// count) and has no DOCTYPE, so no entity can expand; without it a long value passed the file
// limit but failed here as a confusing "Resource limit exceeded".
const DOC_OPTIONS = ParseOption.XML_PARSE_NONET | ParseOption.XML_PARSE_NO_XXE | ParseOption.XML_PARSE_HUGE;

type Compiled = { ok: true; validator: RelaxNGValidator } | { ok: false; reason: string; missing: boolean };

/** Grammar compilation is the expensive part: once per schema file per process (or worker). */
const compiled = new Map<string, Compiled>();

function compile(file: string): Compiled {
  const cached = compiled.get(file);
  if (cached) return cached;
  let result: Compiled;
  if (!fs.existsSync(file)) {
    result = { ok: false, reason: 'file not found', missing: true };
  } else {
    try {
      const text = readBoundedRegularFile(file, { maxBytes: MAX_GRAMMAR_FILE_BYTES, followSymlinks: false }).toString('utf8');
      const rng = XmlDocument.fromString(text, { url: file, option: ParseOption.XML_PARSE_NONET });
      result = { ok: true, validator: RelaxNGValidator.fromDoc(rng) };
    } catch (e) {
      const details = (e as { details?: { message: string; line: number; file?: string }[] }).details;
      const first = details?.[0];
      result = {
        ok: false,
        missing: false,
        reason: first ? `${first.file ?? path.basename(file)}:${first.line}: ${first.message.trim()}` : String((e as Error).message),
      };
    }
  }
  compiled.set(file, result);
  return result;
}

/** Grammars compiled from text (sub-grammars for drill-down), least recently used first; a few are kept. */
const fragmentGrammars = new Map<string, Compiled>();
const MAX_FRAGMENT_GRAMMARS = 128;

function compileText(key: string, source: () => string): Compiled {
  const cached = fragmentGrammars.get(key);
  if (cached) {
    fragmentGrammars.delete(key);
    fragmentGrammars.set(key, cached);
    return cached;
  }
  let result: Compiled;
  try {
    const rng = XmlDocument.fromString(source(), { option: ParseOption.XML_PARSE_NONET });
    try {
      result = { ok: true, validator: RelaxNGValidator.fromDoc(rng) };
    } finally {
      rng.dispose();
    }
  } catch (e) {
    const first = (e as { details?: { message: string }[] }).details?.[0];
    result = { ok: false, missing: false, reason: first ? first.message.trim() : String((e as Error).message) };
  }
  fragmentGrammars.set(key, result);
  if (fragmentGrammars.size > MAX_FRAGMENT_GRAMMARS) {
    const [oldKey, old] = fragmentGrammars.entries().next().value as [string, Compiled];
    fragmentGrammars.delete(oldKey);
    if (old.ok) old.validator.dispose();
  }
  return result;
}

function issuesOf(e: XmlValidateError): SchemaIssue[] {
  return e.details.map((d) => ({ message: d.message.trim(), line: d.line, ...(d.xpath ? { xpath: d.xpath } : {}) }));
}

export class Libxml2Engine implements SchemaEngine {
  readonly schemaDir: string;

  constructor(schemaDir: string) {
    this.schemaDir = path.resolve(schemaDir);
    allowSchemaReadsFrom(this.schemaDir);
  }

  validate(text: string, kind: DocumentKind): SchemaOutcome {
    const file = path.join(this.schemaDir, KIND_GRAMMARS[kind].file);
    const grammar = compile(file);
    if (!grammar.ok) return grammar.missing ? { status: 'no-grammar', file } : { status: 'broken-grammar', file, reason: grammar.reason };
    const parsed = parseForValidation(text);
    if (!parsed.ok) {
      // saxes accepted the document, libxml2 did not (rare: e.g. namespace errors).
      return { status: 'checked', issues: parsed.details.map((d) => ({ message: d.message.trim(), line: d.line })) };
    }
    return { status: 'checked', issues: validateParsed(parsed.doc, grammar.validator) };
  }

  validateWithGrammar(text: string, grammar: { readonly key: string; source(): string }): FragmentOutcome {
    const compiledGrammar = compileText(`${this.schemaDir}\u0000${grammar.key}`, () => grammar.source());
    if (!compiledGrammar.ok) return { status: 'unusable', reason: compiledGrammar.reason };
    const parsed = parseForValidation(text);
    if (!parsed.ok) return { status: 'unusable', reason: parsed.reason };
    return { status: 'checked', issues: validateParsed(parsed.doc, compiledGrammar.validator) };
  }
}

type ParsedForValidation =
  | { readonly ok: true; readonly doc: XmlDocument }
  | { readonly ok: false; readonly reason: string; readonly details: readonly { message: string; line: number }[] };

function parseForValidation(text: string): ParsedForValidation {
  try {
    return { ok: true, doc: XmlDocument.fromString(text, { option: DOC_OPTIONS }) };
  } catch (e) {
    return { ok: false, reason: String((e as Error).message), details: (e as { details?: { message: string; line: number }[] }).details ?? [] };
  }
}

/** Validates and disposes the document; an invalid document gives its issues, a valid one none. */
function validateParsed(doc: XmlDocument, validator: RelaxNGValidator): SchemaIssue[] {
  try {
    validator.validate(doc);
    return [];
  } catch (e) {
    if (!(e instanceof XmlValidateError)) throw e;
    return issuesOf(e);
  } finally {
    doc.dispose();
  }
}

/** The grammar bundled with virtlint. */
export const BUNDLED_SCHEMA_DIR = fileURLToPath(new URL('../../../schemas/', import.meta.url));
