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

/** Whether a directive covers a rule: it names no rule (all), the rule, or an alias of which the rule is a part. */
const names = (d: Directive, id: string): boolean => d.ruleIds.length === 0 || d.ruleIds.some((named) => ruleIdsOf(named).includes(id));

/**
 * The block directive (`disable` … `enable`) in force for a rule id at any offset, asked in any
 * order (the schema engine reports mostly, not wholly, in document order). For each id asked, the
 * directives that concern it (those naming no rule and those naming it) are replayed once, keeping
 * the answer after each; an offset's answer is then found by binary search. A document with
 * thousands of directives and thousands of findings costs one replay per id, not one per finding.
 */
class BlockTimelines {
  private readonly timelines = new Map<string, Timeline>();

  constructor(private readonly blocks: readonly Directive[]) {}

  /** The directive disabling `ruleId` at `offset`: the answer after the last directive ending at or before it. */
  at(offset: number, ruleId: string): Directive | undefined {
    let timeline = this.timelines.get(ruleId);
    if (!timeline) this.timelines.set(ruleId, (timeline = this.replay(ruleId)));
    const { ends, answers } = timeline;
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? undefined : answers[lo - 1];
  }

  /**
   * One id's state through the directives that concern it: the directive naming it that disables it
   * (`named`), the one naming no rule (`all`), and whether an `enable` naming it made an exception
   * to `all`. An `enable` naming no rule ends everything.
   */
  private replay(ruleId: string): Timeline {
    const ends: number[] = [];
    const answers: (Directive | undefined)[] = [];
    let named: Directive | undefined;
    let all: Directive | undefined;
    let except = false;
    for (const d of this.blocks) {
      const forAll = d.ruleIds.length === 0;
      if (!forAll && !names(d, ruleId)) continue;
      if (d.kind === 'disable') {
        if (forAll) all = d;
        else named = d;
        except = false;
      } else if (forAll) {
        all = named = undefined;
        except = false;
      } else {
        named = undefined;
        if (all) except = true;
      }
      ends.push(d.range.end.offset);
      answers.push(named ?? (all && !except ? all : undefined));
    }
    return { ends, answers };
  }
}

/** One id's block answers: `answers[i]` holds from `ends[i]` (increasing) on. */
interface Timeline {
  readonly ends: number[];
  readonly answers: (Directive | undefined)[];
}

/**
 * A document's disable directives, parsed once and asked per diagnostic whether a rule is disabled
 * at a place, in any order. It remembers which directives disabled something: the schema step asks
 * it about every error it finds, words only the first ones not disabled, and the errors it counts
 * without wording still make their directives used. The unused-directive reports come last, once
 * every diagnostic has been asked about.
 */
export class InlineDisables {
  private readonly usage = new Usage();
  private readonly fileWide: readonly Directive[];
  private readonly fileWideById = new Map<string, Directive | undefined>();
  /** Line directives by the line they apply to (in document order). */
  private readonly byLine = new Map<number, Directive[]>();
  private readonly blocks: BlockTimelines;

  constructor(readonly directives: readonly Directive[]) {
    this.fileWide = directives.filter((d) => d.kind === 'disable-file');
    this.blocks = new BlockTimelines(directives.filter((d) => d.kind === 'disable' || d.kind === 'enable'));
    for (const d of directives) {
      if (d.kind !== 'disable-next-line' && d.kind !== 'disable-line') continue;
      const line = d.kind === 'disable-next-line' ? d.range.end.line + 1 : d.range.start.line;
      const list = this.byLine.get(line);
      if (list) list.push(d);
      else this.byLine.set(line, [d]);
    }
  }

  /** Whether a diagnostic of `ruleId` starting at `range` is disabled (its directive then counts as used): file-wide first, then its line, then blocks. */
  isDisabled(ruleId: string, range: Range): boolean {
    const by = this.fileWideFor(ruleId) ?? this.byLine.get(range.start.line)?.find((d) => names(d, ruleId)) ?? this.blocks.at(range.start.offset, ruleId);
    if (by) this.usage.mark(by, ruleId);
    return by !== undefined;
  }

  private fileWideFor(ruleId: string): Directive | undefined {
    if (this.fileWide.length === 0) return undefined;
    if (!this.fileWideById.has(ruleId)) this.fileWideById.set(ruleId, this.fileWide.find((d) => names(d, ruleId)));
    return this.fileWideById.get(ruleId);
  }

  /** Reports for the directives that disabled nothing asked about so far, or name rules that do not exist, in document order. */
  unusedReports(options: DisableOptions = {}): Diagnostic[] {
    const level = options.unusedLevel ?? 'warn';
    if (level === 'off') return [];
    const severity: Severity = level === 'error' ? 'error' : 'warning';
    const reports: Diagnostic[] = [];
    const report = (d: Directive, message: string): void => {
      reports.push({ ruleId: UNUSED_DISABLE_RULE, severity, message, range: d.range });
    };
    for (const d of this.directives) {
      if (d.kind === 'enable') {
        for (const id of d.ruleIds) if (options.isKnownRule && !options.isKnownRule(id)) report(d, unknownMessage(id));
        continue;
      }
      if (d.ruleIds.length === 0) {
        if (!this.usage.isUsed(d, '*')) report(d, `Unused virtlint-${d.kind} comment: no problem was reported here`);
        continue;
      }
      for (const id of d.ruleIds) {
        if (options.isKnownRule && !options.isKnownRule(id)) report(d, unknownMessage(id));
        else if (!this.usage.isUsed(d, id)) report(d, `Unused virtlint-${d.kind} comment: '${id}' reported no problem here`);
      }
    }
    return reports;
  }
}

/** A document's directives ready to be asked, or undefined when its comments hold none. */
export function inlineDisables(comments: readonly XmlComment[]): InlineDisables | undefined {
  const directives = parseDirectives(comments);
  return directives.length === 0 ? undefined : new InlineDisables(directives);
}

/**
 * Removes the diagnostics that inline comments disable and reports directives that disabled nothing
 * (or name rules that do not exist). Parse errors (`xml/…`) cannot be disabled: there is no document.
 * Given an InlineDisables already asked about other diagnostics (lintText's schema step asks about
 * every error it finds, worded or only counted), those it disabled count as uses too.
 */
export function applyInlineDisables(
  diagnostics: readonly Diagnostic[],
  comments: readonly XmlComment[] | InlineDisables,
  options: DisableOptions = {},
): Diagnostic[] {
  const disables = comments instanceof InlineDisables ? comments : inlineDisables(comments);
  if (!disables) return [...diagnostics];
  const kept = diagnostics.filter((d) => !disables.isDisabled(d.ruleId, d.range));
  kept.push(...disables.unusedReports(options));
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
