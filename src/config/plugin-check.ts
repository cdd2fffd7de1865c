/**
 * How a plugin rule's `check` runs: on a read-only view of the model (read-only-view.ts), with its
 * reports checked and copied on the way in, and its failures turned into errors the linter can word.
 * A plugin is code virtlint does not control; whatever it does wrong is reported as that rule having
 * crashed (virtlint/rule-crashed, naming the plugin), and never reaches other rules, the report or
 * the process: a promise (an `async check`) would otherwise reject after the document was done,
 * unhandled, and end the whole run.
 */
import type { PluginKindRule, PluginRule } from '../plugin.js';
import type { DocumentModel, Report, RuleContext, RuleDocumentKind } from '../rule.js';
import type { Position, Range } from '../types.js';
import { LineIndex } from '../xml/positions.js';
import { freshReadOnlyViews, readOnly, unwrapReadOnly } from './read-only-view.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The line index of the last document a plugin reported on (every report of a document shares it). */
let lastIndex: LineIndex | undefined;
function indexOf(text: string): LineIndex {
  if (lastIndex?.text !== text) lastIndex = new LineIndex(text);
  return lastIndex;
}

const RANGE_HELP = 'context.report() needs a range { start, end } of positions { line, column, offset } inside the document (use the ranges of the model)';

/** A position the plugin gave, checked against the document, as a plain object of virtlint's own. */
function checkedPosition(p: unknown, index: LineIndex): Position {
  if (!isObject(p) || !Number.isInteger(p.line) || !Number.isInteger(p.column) || !Number.isInteger(p.offset)) throw new Error(RANGE_HELP);
  const offset = p.offset as number;
  if (offset < 0 || offset > index.text.length) throw new Error(`${RANGE_HELP}: offset ${offset} is outside the document (0–${index.text.length})`);
  const real = index.position(offset);
  // Line and column are what editors and the CLI show; they must say the same as the offset fixes use.
  if (real.line !== p.line || real.column !== p.column) {
    throw new Error(`${RANGE_HELP}: line ${String(p.line)}, column ${String(p.column)} do not match offset ${offset} (line ${real.line}, column ${real.column})`);
  }
  return real;
}

/**
 * A plugin's report, checked: a range of positions inside the text, a message, a known severity, and
 * fix edits inside the text. Returns a copy made of plain values (nothing the plugin can change later,
 * and nothing from the read-only view, which could not cross to another thread). Throws (and the rule
 * is then reported as crashed, naming the problem).
 */
export function checkedReport(r: unknown, text: string): Report {
  if (!isObject(r)) throw new Error('context.report() takes an object { range, message, severity?, fix? }');
  const range = r.range;
  if (!isObject(range)) throw new Error(RANGE_HELP);
  const index = indexOf(text);
  const checkedRange: Range = { start: checkedPosition(range.start, index), end: checkedPosition(range.end, index) };
  if (checkedRange.end.offset < checkedRange.start.offset) throw new Error(`${RANGE_HELP}: it ends before it starts`);
  const message: unknown = r.message;
  if (typeof message !== 'string' || message === '') throw new Error('context.report() needs a message');
  const severity: unknown = r.severity;
  if (severity !== undefined && severity !== 'error' && severity !== 'warning') throw new Error('context.report(): severity must be "error" or "warning"');
  const out: { -readonly [K in keyof Report]: Report[K] } = { range: checkedRange, message, ...(severity ? { severity } : {}) };
  if (r.fix !== undefined) {
    const fix = r.fix;
    const edits: unknown = isObject(fix) ? fix.edits : undefined;
    const bad = (e: unknown): boolean =>
      !isObject(e) || !Number.isInteger(e.start) || !Number.isInteger(e.end) || (e.start as number) < 0 || (e.end as number) < (e.start as number) || (e.end as number) > text.length || typeof e.text !== 'string';
    if (!isObject(fix) || typeof fix.description !== 'string' || !Array.isArray(edits) || edits.some(bad)) {
      throw new Error('context.report(): a fix is { description, edits: [{ start, end, text }] } with offsets inside the document');
    }
    const copied = (edits as Record<string, unknown>[]).map((e) => ({ start: e.start as number, end: e.end as number, text: e.text as string }));
    out.fix = { description: fix.description, edits: copied };
  }
  return out;
}

/** What a plugin threw, as an Error whose message can be read (a thrown `null` or a hostile object is not one). */
function asError(thrown: unknown): Error {
  try {
    if (thrown instanceof Error && typeof thrown.message === 'string') return thrown;
  } catch {
    // A proxy whose traps throw: described below.
  }
  let what: string;
  try {
    what = thrown === null ? 'null' : typeof thrown === 'object' ? `a ${Array.isArray(thrown) ? 'array' : 'object'} (${String(thrown)})` : `${typeof thrown} ${String(thrown)}`;
  } catch {
    what = 'an object that cannot be shown';
  }
  return new Error(`it threw ${what}, not an Error`);
}

/**
 * Runs a plugin rule's check on one document's model (of the kind its `meta.document` names); throws
 * an Error for anything it did wrong.
 */
export function runPluginCheck(source: PluginRule | PluginKindRule<Exclude<RuleDocumentKind, 'domain'>>, model: DocumentModel['model'], context: RuleContext): void {
  let running = true;
  const text = context.sourceText;
  freshReadOnlyViews();
  const viewed: RuleContext = {
    ...context,
    capabilities: readOnly(context.capabilities),
    options: readOnly(context.options),
    report: (r) => {
      // After check() returned (from a timer or a promise): the document's findings are already out.
      if (!running) return;
      context.report(checkedReport(unwrapReadOnly(r), text));
    },
    note: (m) => {
      if (running) context.note(typeof m === 'string' ? m : String(m as unknown));
    },
  };
  let returned: unknown;
  try {
    // The linter hands a rule only its own kind's model (checkDocument): the one this check reads.
    returned = (source.check as (model: DocumentModel['model'], context: RuleContext) => unknown)(readOnly(model), viewed);
  } catch (e) {
    throw asError(e);
  } finally {
    running = false;
  }
  if (returned !== undefined && isThenable(returned)) {
    throw new Error('check() returned a promise: rules run synchronously, so an async check() is not supported (its later reports and errors are dropped)');
  }
}

/** Whether a value is a promise (its rejection is then handled here, so it cannot end the process). */
function isThenable(value: unknown): boolean {
  try {
    const then = (value as { then?: unknown } | null)?.then;
    if (typeof then !== 'function') return false;
    Reflect.apply(then, value, [undefined, () => undefined]);
    return true;
  } catch {
    return true;
  }
}
