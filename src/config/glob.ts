/**
 * Matching a configuration's `files`/`ignores` globs against paths, in time polynomial of low degree
 * whatever the glob. picomatch compiles a glob to a backtracking RegExp with lookaheads (so V8's
 * linear-time fallback cannot take it): each `*` or `**` adds a degree, and `*-*-*-*-prod*`, a
 * reasonable glob, against a 200-character file name in a pull request ran for minutes. Globs made of
 * literals, `*`, `?`, `[…]` classes, `**` segments, `\` escapes and `{a,b}` alternatives are matched
 * here, segment by segment: a segment by the greedy one-star-backtrack algorithm (O(glob × name)),
 * `**` by a table over glob and path segments. Anything else (extglobs, negation, `{1..9}` ranges,
 * POSIX classes) is left to picomatch, with the same meaning as before.
 */
import picomatch from 'picomatch';

/** One position of a segment: any run of characters (`*`), or one character a test accepts. */
type Token = { readonly star: true } | { readonly star: false; readonly test: (c: string) => boolean };
/** A glob segment: `**`, or tokens. */
type Segment = '**' | readonly Token[];

/** Alternatives a glob's braces may expand to, at most (more is left to picomatch). */
const MAX_EXPANSIONS = 256;

/** Characters that make a glob picomatch's: extglobs and negation. */
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
        tokens.push({ star: false, test: () => true });
        i++;
      } else if (c === '[') {
        const cls = charClass(part, i);
        if (!cls) return undefined;
        tokens.push({ star: false, test: cls.test });
        i = cls.end;
      } else {
        const literal = c === '\\' ? part[i + 1] : c;
        if (literal === undefined || c === ']' || c === '{' || c === '}') return undefined;
        tokens.push({ star: false, test: (x) => x === literal });
        i += c === '\\' ? 2 : 1;
      }
    }
    segments.push(tokens);
  }
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

/** A test of '/'-separated relative paths against a glob, with picomatch's meaning (`dot: true`). */
export function globMatcher(glob: string): (path: string) => boolean {
  const alternatives = NOT_SIMPLE.test(glob) ? undefined : expandBraces(glob);
  const compiled = alternatives?.map(segmentsOf);
  if (!compiled || compiled.some((s) => s === undefined)) return picomatch(glob, { dot: true });
  const globs = compiled as Segment[][];
  return (p) => {
    const parts = p.split('/');
    return globs.some((g) => pathMatches(g, parts));
  };
}
