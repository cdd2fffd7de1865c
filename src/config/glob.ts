/**
 * Matching globs (a configuration's `files`/`ignores`, the command line's) against paths in bounded
 * time. picomatch compiles a glob to a backtracking RegExp with lookaheads (V8's linear-time fallback
 * cannot take it): each
 * `*` or `**` adds a degree to its worst case, and `*-*-*-*-prod*`, a reasonable glob, against a
 * 200-character file name in a pull request ran for minutes. A glob with at most two wildcard runs
 * stays with picomatch (at worst quadratic in a path of a few thousand characters, and faster on the
 * common globs). One with more, made of literals, `*`, `?`, `[…]` classes, `**` segments, `\` escapes
 * and `{a,b}` alternatives, is matched here segment by segment: a segment by the greedy
 * one-star-backtrack algorithm (O(glob × name)), `**` by a table over glob and path segments, with
 * picomatch's meaning, `dot: true` (configurations) or `dot: false` (the command line's globs, src/files.ts);
 * test/robustness/config-globs.test.ts and cli-globs.test.ts compare them. Anything else (extglobs,
 * negation, `{1..9}` ranges, POSIX classes, a `**` inside braces, a final `**` after a wildcard segment,
 * picomatch's fast paths `*.*` and `**\/*.*`) is left to picomatch.
 */
import picomatch from 'picomatch';

/** One position of a segment: any run of characters (`*`), or one character a test accepts. */
type Token = { readonly star: true; readonly literal?: undefined } | { readonly star: false; readonly test: (c: string) => boolean; readonly literal: boolean };
/**
 * A glob segment: `**` or tokens, and whether it may match a path segment starting with '.' (with
 * `dot: false`, picomatch's `**` never does, nor a segment whose first token is a leading wildcard).
 */
type Segment = { readonly globstar: true; readonly dotStart: boolean } | { readonly globstar: false; readonly tokens: readonly Token[]; readonly dotStart: boolean };

/** Whether a wildcard may match a leading '.' of a path segment (picomatch's `dot` option). */
export interface GlobOptions {
  readonly dot: boolean;
}

/**
 * Wildcards as the glob's text has them, marked before braces are expanded (as private-use characters):
 * picomatch's `dot: false` guards a `*` or `?` only where the text puts it first in a segment (at the
 * start or after '/'), not first in a brace alternative (`{a,*b}` matches '.b'), and a `**` is a
 * globstar only where the text has one (`{a/*,b}*` expands to `a/**` but is none to picomatch).
 */
const LEADING_STAR = '\uE000';
const LEADING_QMARK = '\uE001';
const GLOBSTAR = '\uE002';
const isStar = (c: string | undefined): boolean => c === '*' || c === LEADING_STAR;

/** Globs picomatch matches by a fast path where the last `*` takes at least one character ('a.' is no `*.*`). */
const FAST_PATHS = new Set(['*.*', '**/*.*']);

/** Alternatives a glob's braces may expand to, at most (more is left to picomatch). */
const MAX_EXPANSIONS = 256;

/**
 * What makes a glob picomatch's: extglobs, negation, `{1..9}` ranges, POSIX classes, and `[!…]`
 * (which picomatch reads as the literal text or a class holding '!', not as a negated class).
 */
const NOT_SIMPLE = /[()|!+@\uE000-\uE002]|\{[^}]*\.\.|\[:/;

/** `{a,b}` alternatives expanded (nested too), or undefined when unbalanced or too many. */
function expandBraces(glob: string): string[] | undefined {
  const open = glob.indexOf('{');
  if (open < 0) return glob.includes('}') ? undefined : [glob];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < glob.length && close < 0; i++) {
    const c = glob[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) close = i;
    else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close < 0 || commas.length === 0 || glob.slice(0, open).includes('\\')) return undefined;
  const bounds = [open, ...commas, close];
  const out: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const rest = expandBraces(glob.slice(0, open) + glob.slice((bounds[k] as number) + 1, bounds[k + 1]) + glob.slice(close + 1));
    if (!rest) return undefined;
    out.push(...rest);
    if (out.length > MAX_EXPANSIONS) return undefined;
  }
  return out;
}

/** A `[…]` class starting at `glob[at]`: its test and the index after it, or undefined when malformed. */
function charClass(glob: string, at: number): { test: (c: string) => boolean; end: number } | undefined {
  let i = at + 1;
  const negated = glob[i] === '!' || glob[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  for (let first = true; i < glob.length && (first || glob[i] !== ']'); first = false) {
    let lo = glob[i] as string;
    if (lo === '\\') lo = glob[++i] ?? '';
    i++;
    let hi = lo;
    if (glob[i] === '-' && i + 1 < glob.length && glob[i + 1] !== ']') {
      hi = glob[i + 1] === '\\' ? (glob[(i += 1) + 1] ?? '') : (glob[i + 1] as string);
      i += 2;
    }
    ranges.push([lo, hi]);
  }
  if (glob[i] !== ']' || ranges.length === 0) return undefined;
  const inClass = (c: string): boolean => ranges.some(([lo, hi]) => c >= lo && c <= hi);
  return { test: negated ? (c) => c !== '/' && !inClass(c) : inClass, end: i + 1 };
}

/** The segments of a brace-free glob, or undefined when it uses something picomatch must match. */
function segmentsOf(glob: string, dot: boolean): Segment[] | undefined {
  const segments: Segment[] = [];
  for (const part of glob.split('/')) {
    if (part === GLOBSTAR) {
      if (!segments[segments.length - 1]?.globstar) segments.push({ globstar: true, dotStart: dot });
      continue;
    }
    // `a**b`, `***`: picomatch's own readings. So is a lone `*` a brace gave (`{,a}*`): it may match
    // nothing in picomatch, and `x/**/{,a}*` matches 'x'.
    if (part === '' || part === '.' || part === '..' || part === '*' || part.includes(GLOBSTAR)) return undefined;
    const tokens: Token[] = [];
    for (let i = 0; i < part.length; ) {
      const c = part[i] as string;
      if (isStar(c)) {
        if (isStar(part[i + 1])) return undefined; // stars brought together by braces (`{a,b*}*`)
        if (!tokens[tokens.length - 1]?.star) tokens.push({ star: true });
        i++;
      } else if (c === '?' || c === LEADING_QMARK) {
        tokens.push({ star: false, test: () => true, literal: false });
        i++;
      } else if (c === '[') {
        const cls = charClass(part, i);
        if (!cls) return undefined;
        tokens.push({ star: false, test: cls.test, literal: false });
        i = cls.end;
      } else {
        const literal = c === '\\' ? part[i + 1] : c;
        if (literal === undefined || c === ']' || c === '{' || c === '}') return undefined;
        tokens.push({ star: false, test: (x) => x === literal, literal: true });
        i += c === '\\' ? 2 : 1;
      }
    }
    // A class or a literal first may match '.' (`[.]x`, `\.x` match '.x' with `dot: false` too).
    segments.push({ globstar: false, tokens, dotStart: dot || (part[0] !== LEADING_STAR && part[0] !== LEADING_QMARK) });
  }
  // A final `**` after a segment with wildcards: picomatch's reading of it depends on that segment
  // (`v*` + `/**` does not match `vms`, `*?` + `/**` matches `.x`); left to picomatch.
  const before = segments[segments.length - 2];
  if (segments[segments.length - 1]?.globstar && before !== undefined && !before.globstar && before.tokens.some((t) => t.star || !t.literal)) return undefined;
  return segments;
}

/** One path segment against tokens: greedy, backtracking only to the last star (O(tokens × name)). */
function segmentMatches(tokens: readonly Token[], name: string): boolean {
  // picomatch never lets a wildcard stand for '.' or '..' (nor an empty segment).
  if (name === '.' || name === '..' || name === '') return false;
  let t = 0;
  let s = 0;
  let starT = -1;
  let starS = 0;
  while (s < name.length) {
    const tok = tokens[t];
    if (tok && !tok.star && tok.test(name[s] as string)) {
      t++;
      s++;
    } else if (tok?.star) {
      starT = t++;
      starS = s;
    } else if (starT >= 0) {
      t = starT + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (tokens[t]?.star) t++;
  return t === tokens.length;
}

/** A glob segment against a path segment: the leading '.' guard, then its tokens. */
const segmentTakes = (seg: Segment & { globstar: false }, name: string): boolean => (seg.dotStart || name[0] !== '.') && segmentMatches(seg.tokens, name);

/** Path segments against glob segments; `**` takes any number of whole segments. A table, no recursion. */
function pathMatches(glob: readonly Segment[], path: readonly string[]): boolean {
  const P = path.length;
  // next[j]: glob segments from i+1 match path segments from j; cur[j] likewise from i.
  let next = new Array<boolean>(P + 1).fill(false);
  next[P] = true;
  for (let i = glob.length - 1; i >= 0; i--) {
    const seg = glob[i] as Segment;
    const cur = new Array<boolean>(P + 1).fill(false);
    for (let j = P; j >= 0; j--) {
      const name = path[j] as string;
      if (seg.globstar) cur[j] = (next[j] as boolean) || (j < P && name !== '.' && name !== '..' && (seg.dotStart || name[0] !== '.') && (cur[j + 1] as boolean));
      else cur[j] = j < P && (next[j + 1] as boolean) && segmentTakes(seg, name);
    }
    next = cur;
  }
  return next[0] as boolean;
}

/**
 * Wildcard runs (`*`, `**`) picomatch's RegExp may backtrack over: with two, its time is at most
 * quadratic in the path (bounded: paths are at most a few thousand characters), and it is 3–6 times
 * faster than the table below on the common globs (`**\/*.xml`, `vms/**`), so it keeps them.
 */
const MAX_PICOMATCH_WILDCARDS = 2;

/**
 * A test of '/'-separated relative paths against a glob, with picomatch's meaning: `dot: true` (the
 * default, configurations' globs) lets wildcards match a leading '.', `dot: false` (the command line's) not.
 */
export function globMatcher(glob: string, options: GlobOptions = { dot: true }): (path: string) => boolean {
  const few = (glob.match(/\*+/g)?.length ?? 0) <= MAX_PICOMATCH_WILDCARDS;
  return (few ? undefined : tableGlobMatcher(glob, options)) ?? picomatch(glob, { dot: options.dot });
}

/** The table matcher of a glob (picomatch's meaning), or undefined for a glob it does not take. */
export function tableGlobMatcher(glob: string, { dot }: GlobOptions = { dot: true }): ((path: string) => boolean) | undefined {
  const marked = NOT_SIMPLE.test(glob) || FAST_PATHS.has(glob) ? undefined : markWildcards(glob);
  const alternatives = marked === undefined ? undefined : expandBraces(marked);
  const compiled = alternatives?.map((a) => segmentsOf(a, dot));
  if (!compiled || compiled.some((s) => s === undefined)) return undefined;
  const globs = compiled as Segment[][];
  return (p) => {
    const parts = p.split('/');
    return globs.some((g) => pathMatches(g, parts));
  };
}

/**
 * The glob with its wildcards marked (LEADING_STAR, LEADING_QMARK, GLOBSTAR), escapes and classes copied
 * as they are; undefined for a `**` inside braces or not first in a segment (picomatch's readings).
 */
function markWildcards(glob: string): string | undefined {
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    const leading = i === 0 || glob[i - 1] === '/';
    const cls = c === '[' ? charClass(glob, i) : undefined;
    if (c === '\\' || cls) {
      const end = cls ? cls.end : i + 2;
      out += glob.slice(i, end);
      i = end - 1;
    } else if (c === '*' && glob[i + 1] === '*') {
      if (!leading || depth > 0) return undefined;
      out += GLOBSTAR;
      i++;
    } else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      out += leading && c === '*' ? LEADING_STAR : leading && c === '?' ? LEADING_QMARK : c;
    }
  }
  return out;
}
