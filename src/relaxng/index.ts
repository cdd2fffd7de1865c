/**
 * virtlint's RelaxNG engine: compile a grammar (XML syntax), serialise/load the compiled form,
 * validate documents as event streams. See README.md in this folder for the design.
 */
import { type CompileOutcome, type CompiledGrammar, type ResourceLoader, type Validator } from './api.js';
import { GrammarImpl, grammarFromJSON, grammarFromSimplified } from './grammar.js';
import { simplifyGrammar } from './simplify.js';
import { DerivativeValidator } from './validator.js';

export type * from './api.js';
export type { NamespaceDeclarations } from './validator.js';
/** Whether a text is only XML white space (space, tab, CR, LF): what an element's content may hold between children. */
export { isWhitespace } from './derive.js';
/** XML white space collapsed as the `token` type compares values: runs to one space, none at the ends. */
export { collapse as collapseWhitespace } from './datatypes.js';

/** Compiles the grammar at `entryUrl` (files read through `loader`). Never throws for a bad grammar. */
export function compileGrammar(entryUrl: string, loader: ResourceLoader): CompileOutcome {
  const r = simplifyGrammar(entryUrl, loader);
  if (!r.ok) return { ok: false, problems: r.problems };
  return { ok: true, grammar: grammarFromSimplified(r.grammar) };
}

/** Loads a grammar from `grammar.toJSON()` output. Throws on malformed input. */
export function loadCompiledGrammar(json: unknown): CompiledGrammar {
  return grammarFromJSON(json);
}

/** A validator for one document. */
export function createValidator<N>(grammar: CompiledGrammar): Validator<N> {
  // Duck-typed rather than instanceof: a bundler may give two chunks their own copy of grammar.ts.
  const g = grammar as Partial<GrammarImpl>;
  if (!(grammar instanceof GrammarImpl) && !(g.deriver && g.start && typeof g.nameId === 'function' && typeof g.recoveryContent === 'function'))
    throw new TypeError('not a grammar compiled by this engine');
  return new DerivativeValidator<N>(grammar as GrammarImpl);
}
