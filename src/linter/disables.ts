import type { Diagnostic, Range, Severity } from '../types.js';
import type { XmlComment } from '../xml/tree.js';
import { DIAGNOSTIC_IDS } from '../diagnostic-ids.js';
import { RULE_ALIASES, ruleIdsOf } from '../../rules/index.js';

/** The rule id under which unused or malformed disable comments are reported. */
export const UNUSED_DISABLE_RULE = DIAGNOSTIC_IDS.unusedDisable;

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

/** One `<!-- virtlint-… -->` comment. An empty `ruleIds` means every rule. */
export interface Directive {
  readonly kind: DirectiveKind;
  readonly ruleIds: readonly string[];
  readonly reason?: string;
  readonly range: Range;
}

// `virtlint-disable-next-line a, b: why` — the longest kind names first so `disable` does not win.
const DIRECTIVE = /^\s*virtlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([^]*)$/;

/** Reads the directives out of a document's comments (comments that are not directives are ignored). */
export function parseDirectives(comments: readonly XmlComment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.text);
    if (!m) continue;
    const body = m[2] ?? '';
    const colon = body.indexOf(':');
    const idsPart = colon >= 0 ? body.slice(0, colon) : body;
    const reason = colon >= 0 ? body.slice(colon + 1).trim() : '';
    const ruleIds = idsPart
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    out.push({ kind: m[1] as DirectiveKind, ruleIds, ...(reason ? { reason } : {}), range: c.range });
  }
  return out;
}

export interface DisableOptions {
  /** Severity for unused directives; 'off' reports nothing. Default 'warn'. */
  readonly unusedLevel?: 'off' | 'warn' | 'error';
  /** Whether a directive may name this rule id (others are reported). Default: any id is accepted. */
  readonly isKnownRule?: (ruleId: string) => boolean;
}

/**
 * Tracks, per directive and rule id, whether it suppressed anything (for unused-disable reports).
 * An alias a directive names (rules/aliases.ts) is used when any of its parts was.
 */
class Usage {
  private readonly used = new Map<Directive, Set<string>>();
  mark(d: Directive, ruleId: string): void {
    let s = this.used.get(d);
    if (!s) this.used.set(d, (s = new Set()));
    s.add(d.ruleIds.length === 0 ? '*' : ruleId);
  }
  isUsed(d: Directive, id: string): boolean {
    const used = this.used.get(d);
    return used !== undefined && ruleIdsOf(id).some((part) => used.has(part));
  }
}

/** Block state (disable/enable pairs) at a point of the document, replayed from the directives before it. */
/**
 * The block directive (`disable` … `enable`) in force at increasing offsets: the directives are
 * applied one by one as the offsets pass them, so a document with thousands of directives and
 * thousands of findings costs one pass, not one pass per finding.
 */
class BlockSweep {
  private next = 0;
  private all: Directive | undefined;
  private readonly except = new Set<string>();
  private readonly byId = new Map<string, Directive>();

  constructor(private readonly blocks: readonly Directive[]) {}

  /** The directive disabling `ruleId` at `offset`; offsets must not decrease between calls. */
  at(offset: number, ruleId: string): Directive | undefined {
    for (; this.next < this.blocks.length; this.next++) {
      const d = this.blocks[this.next] as Directive;
      if (d.range.end.offset > offset) break;
      this.apply(d);
    }
    return this.byId.get(ruleId) ?? (this.all && !this.except.has(ruleId) ? this.all : undefined);
  }

  private apply(d: Directive): void {
    if (d.kind === 'disable') {
      if (d.ruleIds.length === 0) {
        this.all = d;
        this.except.clear();
      } else {
        for (const id of d.ruleIds.flatMap(ruleIdsOf)) {
          this.byId.set(id, d);
          this.except.delete(id);
        }
      }
    } else if (d.ruleIds.length === 0) {
      this.all = undefined;
      this.byId.clear();
      this.except.clear();
    } else {
      for (const id of d.ruleIds.flatMap(ruleIdsOf)) {
        this.byId.delete(id);
        if (this.all) this.except.add(id);
      }
    }
  }
}

/** Whether a directive covers a rule: it names no rule (all), the rule, or an alias of which the rule is a part. */
const names = (d: Directive, id: string): boolean => d.ruleIds.length === 0 || d.ruleIds.some((named) => ruleIdsOf(named).includes(id));

/**
 * Removes the diagnostics that inline comments disable and reports directives that disabled nothing
 * (or name rules that do not exist). Parse errors (`xml/…`) cannot be disabled: there is no document.
 */
export function applyInlineDisables(
  diagnostics: readonly Diagnostic[],
  comments: readonly XmlComment[],
  options: DisableOptions = {},
): Diagnostic[] {
  const directives = parseDirectives(comments);
  if (directives.length === 0) return [...diagnostics];
  const usage = new Usage();
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const fileWide = directives.filter((d) => d.kind === 'disable-file');
  const lineWise = directives.filter((d) => d.kind === 'disable-next-line' || d.kind === 'disable-line');

  // Line directives by the line they apply to (in document order), block directives swept by offset.
  const byLine = new Map<number, Directive[]>();
  for (const d of lineWise) {
    const line = d.kind === 'disable-next-line' ? d.range.end.line + 1 : d.range.start.line;
    const list = byLine.get(line);
    if (list) list.push(d);
    else byLine.set(line, [d]);
  }
  const sweep = new BlockSweep(blocks);
  const inBlock: (Directive | undefined)[] = new Array(diagnostics.length);
  const byOffset = diagnostics.map((_, i) => i).sort((a, b) => (diagnostics[a] as Diagnostic).range.start.offset - (diagnostics[b] as Diagnostic).range.start.offset);
  for (const i of byOffset) {
    const diag = diagnostics[i] as Diagnostic;
    inBlock[i] = sweep.at(diag.range.start.offset, diag.ruleId);
  }

  const kept: Diagnostic[] = [];
  for (const [i, diag] of diagnostics.entries()) {
    const id = diag.ruleId;
    const by = fileWide.find((d) => names(d, id)) ?? byLine.get(diag.range.start.line)?.find((d) => names(d, id)) ?? inBlock[i];
    if (by) usage.mark(by, id);
    else kept.push(diag);
  }

  const level = options.unusedLevel ?? 'warn';
  if (level === 'off') return kept;
  const severity: Severity = level === 'error' ? 'error' : 'warning';
  const report = (d: Directive, message: string): void => {
    kept.push({ ruleId: UNUSED_DISABLE_RULE, severity, message, range: d.range });
  };
  for (const d of directives) {
    if (d.kind === 'enable') {
      for (const id of d.ruleIds) if (options.isKnownRule && !options.isKnownRule(id)) report(d, unknownMessage(id));
      continue;
    }
    if (d.ruleIds.length === 0) {
      if (!usage.isUsed(d, '*')) report(d, `Unused virtlint-${d.kind} comment: no problem was reported here`);
      continue;
    }
    for (const id of d.ruleIds) {
      if (options.isKnownRule && !options.isKnownRule(id)) report(d, unknownMessage(id));
      else if (!usage.isUsed(d, id)) report(d, `Unused virtlint-${d.kind} comment: '${id}' reported no problem here`);
    }
  }
  return kept;
}

const unknownMessage = (id: string): string => `virtlint comment names '${id}', which is not a virtlint rule (see virtlint --list-rules)`;

/** Which ids a directive may name: the run's rules and the aliases of built-in ones, virtlint's unused-disable report, the target check, and the parser's and grammar's ids. */
export function knownRuleIds(ruleSet: readonly { readonly meta: { readonly id: string } }[]): (id: string) => boolean {
  let known = knownByRuleSet.get(ruleSet);
  if (!known) knownByRuleSet.set(ruleSet, (known = knownSet(ruleSet)));
  const ids = known;
  return (id) => ids.has(id) || RULE_ALIASES.has(id) || BUILTIN_PREFIX.test(id);
}

/** Per rule set (its identity): the ids are the same for every document it lints. */
const knownByRuleSet = new WeakMap<readonly { readonly meta: { readonly id: string } }[], ReadonlySet<string>>();
const BUILTIN_PREFIX = /^(schema|xml|io)\//;

function knownSet(ruleSet: readonly { readonly meta: { readonly id: string } }[]): ReadonlySet<string> {
  const known = new Set(ruleSet.map((r) => r.meta.id));
  known.add(UNUSED_DISABLE_RULE);
  known.add(DIAGNOSTIC_IDS.requiresNewerLibvirt);
  return known;
}
