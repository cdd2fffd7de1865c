/**
 * Matching a configuration's `files`/`ignores` globs against paths in bounded time. picomatch compiles
 * a glob to a backtracking RegExp with lookaheads (so V8's linear-time fallback cannot take it): each
 * `*` or `**` adds a degree to its worst case, and `*-*-*-*-prod*`, a reasonable glob, against a
 * 200-character file name in a pull request ran for minutes. A glob with at most two wildcard runs
 * stays with picomatch (at worst quadratic in a path of a few thousand characters, and faster on the
 * common globs). One with more, made of literals, `*`, `?`, `[…]` classes, `**` segments, `\` escapes
 * and `{a,b}` alternatives, is matched here segment by segment: a segment by the greedy
 * one-star-backtrack algorithm (O(glob × name)), `**` by a table over glob and path segments, with
 * picomatch's meaning (test/robustness/config-globs.test.ts compares them). Anything else (extglobs,
 * negation, `{1..9}` ranges, POSIX classes, a final `**` after a wildcard segment) is left to picomatch.
 */
import picomatch from 'picomatch';

/** One position of a segment: any run of characters (`*`), or one character a test accepts. */
type Token = { readonly star: true; readonly literal?: undefined } | { readonly star: false; readonly test: (c: string) => boolean; readonly literal: boolean };
/** A glob segment: `**`, or tokens. */
type Segment = '**' | readonly Token[];

/** Alternatives a glob's braces may expand to, at most (more is left to picomatch). */
const MAX_EXPANSIONS = 256;

/**
 * What makes a glob picomatch's: extglobs, negation, `{1..9}` ranges, POSIX classes, and `[!…]`
 * (which picomatch reads as the literal text or a class holding '!', not as a negated class).
 */
const NOT_SIMPLE = /[()|!+@]|\{[^}]*\.\.|\[:/;

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
function segmentsOf(glob: string): Segment[] | undefined {
  const segments: Segment[] = [];
  for (const part of glob.split('/')) {
    if (part === '**') {
      if (segments[segments.length - 1] !== '**') segments.push('**');
      continue;
    }
    if (part === '' || part === '.' || part === '..') return undefined;
    const tokens: Token[] = [];
    for (let i = 0; i < part.length; ) {
      const c = part[i] as string;
      if (c === '*') {
        if (part[i + 1] === '*') return undefined; // `a**b`: picomatch's own reading
        if (!tokens[tokens.length - 1]?.star) tokens.push({ star: true });
        i++;
      } else if (c === '?') {
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
    segments.push(tokens);
  }
  // A final `**` after a segment with wildcards: picomatch's reading of it depends on that segment
  // (`v*` + `/**` does not match `vms`, `*?` + `/**` matches `.x`); left to picomatch.
  const before = segments[segments.length - 2];
  if (segments[segments.length - 1] === '**' && before !== undefined && before !== '**' && before.some((t) => t.star || !t.literal)) return undefined;
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
      if (seg === '**') cur[j] = (next[j] as boolean) || (j < P && path[j] !== '.' && path[j] !== '..' && (cur[j + 1] as boolean));
      else cur[j] = j < P && (next[j + 1] as boolean) && segmentMatches(seg, path[j] as string);
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

/** A test of '/'-separated relative paths against a glob, with picomatch's meaning (`dot: true`). */
export function globMatcher(glob: string): (path: string) => boolean {
  const few = (glob.match(/\*+/g)?.length ?? 0) <= MAX_PICOMATCH_WILDCARDS;
  return (few ? undefined : tableGlobMatcher(glob)) ?? picomatch(glob, { dot: true });
}

/** The table matcher of a glob (picomatch's meaning, `dot: true`), or undefined for a glob it does not take. */
export function tableGlobMatcher(glob: string): ((path: string) => boolean) | undefined {
  const alternatives = NOT_SIMPLE.test(glob) ? undefined : expandBraces(glob);
  const compiled = alternatives?.map(segmentsOf);
  if (!compiled || compiled.some((s) => s === undefined)) return undefined;
  const globs = compiled as Segment[][];
  return (p) => {
    const parts = p.split('/');
    return globs.some((g) => pathMatches(g, parts));
  };
}
