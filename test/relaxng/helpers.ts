/** Test helpers: compile grammars from strings (served from memory) and validate XML strings. */
import { compileGrammar, type CompiledGrammar, type GrammarProblem, type ResourceLoader } from '../../src/relaxng/index.js';

export const XSD = 'http://www.w3.org/2001/XMLSchema-datatypes';
export const RNG = 'http://relaxng.org/ns/structure/1.0';

export function memoryLoader(files: Record<string, string>): ResourceLoader {
  return {
    resolve: (base, href) => new URL(href, base).href,
    read: (url) => {
      const name = url.replace(/^file:\/\/\/mem\//, '');
      const t = files[name];
      if (t === undefined) throw new Error(`no such file ${name}`);
      return t;
    },
  };
}

/** Compiles `main.rng` = `schema` (plus other files); throws with the problems if it does not compile. */
export function grammarOf(schema: string, files: Record<string, string> = {}): CompiledGrammar {
  const r = compileGrammar('file:///mem/main.rng', memoryLoader({ ...files, 'main.rng': schema }));
  if (!r.ok) throw new Error(`grammar does not compile: ${r.problems.map((p) => p.message).join('; ')}`);
  return r.grammar;
}

/** The problems of a grammar that must not compile (throws if it compiles). */
export function problemsOf(schema: string, files: Record<string, string> = {}): readonly GrammarProblem[] {
  const r = compileGrammar('file:///mem/main.rng', memoryLoader({ ...files, 'main.rng': schema }));
  if (r.ok) throw new Error('grammar compiled but should not');
  return r.problems;
}

/** Wraps RelaxNG content in a grammar element with the XSD datatype library. */
export const rng = (body: string) => `<grammar xmlns="${RNG}" datatypeLibrary="${XSD}">${body}</grammar>`;
/** A grammar whose start is one element `doc` with the given content. */
export const docWith = (content: string) => rng(`<start><element name="doc">${content}</element></start>`);
