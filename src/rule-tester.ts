/**
 * RuleTester: table tests for one rule, in the spirit of ESLint's and typescript-eslint's. Each case
 * is a document of the rule's kind (`<domain>`, `<network>` for a network rule, `<pool>` for a pool rule); the tester builds
 * the model from it and runs only the rule under test, then compares what the rule reported with what
 * the case expects (position, severity, message, fixed output).
 *
 * @example
 * ```ts
 * import { RuleTester } from 'virtlint';
 * import rule from './no-tablet.js';
 *
 * new RuleTester().run(rule, {
 *   valid: [`<domain type='kvm'><devices><input type='mouse' bus='ps2'/></devices></domain>`],
 *   invalid: [{ code: `<domain type='kvm'><devices><input type='tablet' bus='usb'/></devices></domain>`, errors: [{ message: 'no tablets here', line: 1, column: 43 }] }],
 * });
 * ```
 */
import assert from 'node:assert/strict';
import type { CapabilityView } from './caps/view.js';
import { applyEdits } from './fix.js';
import { buildDocumentModel } from './model/document-models.js';
import { sliceWhole } from './quote-long.js';
import { checkDocument, ruleDocument, type Report, type Rule, type RuleContext } from './rule.js';
import type { Diagnostic, Severity } from './types.js';
import { parseXml } from './xml/parse.js';

/** A document the rule must not report anything on. */
export interface ValidTestCase {
  /** Test title (default: the start of the code). */
  readonly name?: string;
  /** The document. */
  readonly code: string;
  /** The rule's options, as configuration would give them. */
  readonly options?: readonly unknown[];
  /** Emulator capabilities for rules that need them. */
  readonly capabilities?: CapabilityView;
  /** Run only this case (like `it.only`). */
  readonly only?: boolean;
}

/** One expected report. Give a position by `line`/`column` or by `near` (a snippet of the code with `|` at the position). */
export interface TestCaseError {
  /** The exact message, or a pattern it must match. */
  readonly message?: string | RegExp;
  readonly severity?: Severity;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** A snippet of the code with one `|` where the report starts (`"<target dev='hdc' bus='|ide'/>"`). */
  readonly near?: string;
  /** With `near`: which occurrence of the snippet (1-based, default 1). */
  readonly nth?: number;
}

/** A document the rule must report on: exactly these errors, in document order. */
export interface InvalidTestCase extends ValidTestCase {
  /** The expected reports in document order, or just their number. */
  readonly errors: readonly TestCaseError[] | number;
  /** The code after applying every fix the rule offered once (`null`: the rule offers no fix). Not checked when absent. */
  readonly output?: string | null;
}

export interface RuleTesterOptions {
  /** Capabilities for cases that give none. */
  readonly capabilities?: CapabilityView;
  /** Called with every case's code and what the rule reported (e.g. to run more checks, or to keep the documents). */
  readonly afterCase?: (code: string, diagnostics: readonly Diagnostic[], rule: Rule) => void | Promise<void>;
}

type TestFn = (name: string, fn: () => void | Promise<void>) => unknown;

/** What a rule reports on one document, sorted by position (as the linter sorts). Throws what the rule throws. */
export function runRule(rule: Rule, code: string, options: { options?: readonly unknown[]; capabilities?: CapabilityView } = {}): { diagnostics: Diagnostic[]; notes: string[] } {
  const parsed = parseXml(code);
  if (!parsed.ok) throw new Error(`RuleTester: the test document does not parse: ${parsed.diagnostic.message} (${parsed.diagnostic.range.start.line}:${parsed.diagnostic.range.start.column})`);
  const kind = ruleDocument(rule);
  const root = parsed.document.root;
  if (root.name !== kind) throw new Error(`RuleTester: ${rule.meta.id} checks <${kind}> documents, not <${root.name}>`);
  const diagnostics: Diagnostic[] = [];
  const notes: string[] = [];
  const context: RuleContext = {
    capabilities: options.capabilities,
    options: options.options ?? [],
    sourceText: code,
    report: (r: Report) =>
      diagnostics.push({ ruleId: rule.meta.id, severity: r.severity ?? rule.meta.defaultSeverity, message: r.message, range: r.range, ...(r.fix ? { fix: r.fix } : {}) }),
    note: (m) => notes.push(m),
  };
  checkDocument(rule, buildDocumentModel(kind, root), context);
  diagnostics.sort((a, b) => a.range.start.offset - b.range.start.offset || a.range.end.offset - b.range.end.offset);
  return { diagnostics, notes };
}

/** 1-based line and column of the `|` of `near` in `code` (its `nth` occurrence). */
function positionOf(code: string, near: string, nth = 1): { line: number; column: number } {
  const bar = near.indexOf('|');
  const plain = near.replace('|', '');
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = code.indexOf(plain, at + 1);
    if (at < 0) throw new Error(`RuleTester: '${plain}' does not occur ${nth} time(s) in the code`);
  }
  const offset = at + (bar < 0 ? 0 : bar);
  const before = code.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** The fields of a report that a case's expectation names, so that a comparison shows only what was asked for. */
function actualFor(expected: TestCaseError, d: Diagnostic): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (expected.severity !== undefined) out.severity = d.severity;
  if (expected.line !== undefined || expected.near !== undefined) out.line = d.range.start.line;
  if (expected.column !== undefined || expected.near !== undefined) out.column = d.range.start.column;
  if (expected.endLine !== undefined) out.endLine = d.range.end.line;
  if (expected.endColumn !== undefined) out.endColumn = d.range.end.column;
  if (typeof expected.message === 'string') out.message = d.message;
  return out;
}

function wanted(code: string, expected: TestCaseError): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (expected.severity !== undefined) out.severity = expected.severity;
  const pos = expected.near !== undefined ? positionOf(code, expected.near, expected.nth) : undefined;
  if (pos || expected.line !== undefined) out.line = pos?.line ?? expected.line;
  if (pos || expected.column !== undefined) out.column = pos?.column ?? expected.column;
  if (expected.endLine !== undefined) out.endLine = expected.endLine;
  if (expected.endColumn !== undefined) out.endColumn = expected.endColumn;
  if (typeof expected.message === 'string') out.message = expected.message;
  return out;
}

const titleOf = (c: ValidTestCase): string => c.name ?? sliceWhole(c.code.replace(/\s+/g, ' '), 0, 60);

/**
 * Runs table tests of one rule with the test framework's `describe`/`it` (mocha's globals by default;
 * set `RuleTester.describe` and `RuleTester.it` for others).
 */
export class RuleTester {
  static describe: (name: string, fn: () => void) => unknown = (name, fn) => (globalThis as unknown as { describe: (n: string, f: () => void) => unknown }).describe(name, fn);
  static it: TestFn = (name, fn) => (globalThis as unknown as { it: TestFn }).it(name, fn);
  static itOnly: TestFn = (name, fn) => (globalThis as unknown as { it: { only: TestFn } }).it.only(name, fn);

  constructor(private readonly defaults: RuleTesterOptions = {}) {}

  run(rule: Rule, tests: { readonly valid: readonly (string | ValidTestCase)[]; readonly invalid: readonly InvalidTestCase[] }): void {
    RuleTester.describe(rule.meta.id, () => {
      RuleTester.describe('valid', () => {
        for (const v of tests.valid) {
          const c: ValidTestCase = typeof v === 'string' ? { code: v } : v;
          (c.only ? RuleTester.itOnly : RuleTester.it)(titleOf(c), () => this.check(rule, c, []));
        }
      });
      RuleTester.describe('invalid', () => {
        for (const c of tests.invalid) (c.only ? RuleTester.itOnly : RuleTester.it)(titleOf(c), () => this.check(rule, c, c.errors, c.output));
      });
    });
  }

  /** Runs one case; throws an AssertionError when the rule's reports differ from the expected ones. */
  async check(rule: Rule, c: ValidTestCase, errors: readonly TestCaseError[] | number, output?: string | null): Promise<void> {
    const capabilities = c.capabilities ?? this.defaults.capabilities;
    const { diagnostics } = runRule(rule, c.code, { ...(c.options ? { options: c.options } : {}), ...(capabilities ? { capabilities } : {}) });
    await this.defaults.afterCase?.(c.code, diagnostics, rule);
    if (typeof errors === 'number') {
      assert.equal(diagnostics.length, errors, `${rule.meta.id} should report ${errors} problem(s), reported ${diagnostics.length}: ${diagnostics.map((d) => d.message).join(' | ')}`);
    } else {
      assert.deepEqual(
        diagnostics.map((d, i) => (errors[i] ? actualFor(errors[i], d) : { unexpected: `${d.range.start.line}:${d.range.start.column} ${d.message}` })),
        errors.map((e) => wanted(c.code, e)),
        `${rule.meta.id}: reports differ`,
      );
      errors.forEach((e, i) => {
        if (e.message instanceof RegExp) assert.match(diagnostics[i]?.message ?? '', e.message);
      });
    }
    if (output !== undefined) {
      const edits = diagnostics.flatMap((d) => d.fix?.edits ?? []);
      if (output === null) assert.equal(edits.length, 0, `${rule.meta.id} should offer no fix`);
      else assert.equal(applyEdits(c.code, edits).text, output);
    }
  }
}
