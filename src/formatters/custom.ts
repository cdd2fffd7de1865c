import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILTIN_IDS } from '../builtin-ids.js';
import { toEslintResult } from './json.js';
import { type FormattableResult, type FormatterContext, rulesById } from './types.js';

/** A formatter loaded from a module: given ESLint-shaped results, returns the report text. */
export type CustomFormatter = (results: readonly FormattableResult[], context: FormatterContext) => Promise<string>;

/** Whether `-f` names a module file rather than a built-in format. */
export const isFormatterPath = (format: string): boolean => /[\\/]/.test(format) || /\.[cm]?js$/.test(format);

/** An error in a formatter module the user named: reported as a usage problem (exit 2). */
export class FormatterLoadError extends Error {}

/**
 * Loads `-f ./my-formatter.mjs`. A formatter module is code: it is imported only because the user
 * named it on the command line (configuration files cannot name one). Its default export (or the
 * module itself, for CommonJS) is called like an ESLint formatter: (results, context) where results
 * have ESLint's shape (as `-f json`) and context has cwd, color and rulesMeta (id → {type, docs}).
 */
export async function loadFormatter(spec: string, cwd: string): Promise<CustomFormatter> {
  const file = path.resolve(cwd, spec);
  // Checked with stat, which opens nothing: importing a FIFO would hang.
  const st = fs.statSync(file, { throwIfNoEntry: false });
  if (!st) throw new FormatterLoadError(`-f ${spec}: no such formatter file (built-in formats: stylish, json, sarif, github, junit)`);
  if (!st.isFile()) throw new FormatterLoadError(`-f ${spec}: not a regular file (a formatter is a JavaScript module file)`);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (e) {
    throw new FormatterLoadError(`-f ${spec}: the formatter module failed to load: ${(e as Error).message}`);
  }
  const fn = typeof mod.default === 'function' ? mod.default : typeof (mod.default as { default?: unknown } | undefined)?.default === 'function' ? (mod.default as { default: unknown }).default : undefined;
  if (typeof fn !== 'function') throw new FormatterLoadError(`-f ${spec}: the module must export a function (export default (results, context) => string)`);
  return async (results, context) => {
    // The run's rules (plugin rules included) when the run gives them.
    const rules = rulesById(context);
    const rulesMeta = Object.fromEntries([
      ...[...rules.values()].map((r) => [r.meta.id, { type: 'problem', docs: { description: r.meta.description, url: r.meta.docs } }] as const),
      ...BUILTIN_IDS.map((b) => [b.id, { type: 'problem', docs: { description: b.description, url: b.docs } }] as const),
    ]);
    let out: unknown;
    try {
      out = await (fn as (r: unknown, c: unknown) => unknown)(results.map((r) => toEslintResult(r, rules)), { cwd: context.cwd, color: context.color, rulesMeta });
    } catch (e) {
      throw new FormatterLoadError(`-f ${spec}: the formatter failed: ${(e as Error).message}`);
    }
    if (typeof out !== 'string') throw new FormatterLoadError(`-f ${spec}: the formatter returned ${out === undefined ? 'nothing' : typeof out}, not a string`);
    return out;
  };
}
