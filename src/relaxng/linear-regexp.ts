/**
 * Regular expressions of site policies (JavaScript syntax, backreferences allowed) meet values from
 * hostile documents. V8's backtracking engine takes exponential or quadratic time on some of them
 * (a policy `pattern` such as `^(a+)+$` for ever on 40 characters). V8 can switch to its
 * linear-time engine after excessive backtracking (same results), but in Node 20 not for RegExps
 * with the `u` flag, which policy patterns are compiled with. So a value is matched without `u`
 * when that cannot change the result, and with `u` (unprotected) otherwise.
 *
 * Grammar pattern facets (XSD regexes) do not come here: xsd-nfa.ts matches them in linear time and
 * bounded memory (V8's linear engine takes ~230 bytes per character of the value), except a
 * pattern whose NFA would be too large. So the V8 flags are set only when such a RegExp is compiled:
 * an API user without policy patterns keeps V8 as it was (the CLI sets them at start, bin/virtlint.js).
 */

/**
 * The V8 flags that hand a RegExp over to the linear-time engine after excessive backtracking, and
 * allow the `l` flag (linear-time engine only) for values whose backtracking overflows the stack.
 */
export const REGEXP_FALLBACK_FLAG = '--enable-experimental-regexp-engine-on-excessive-backtracks --enable-experimental-regexp-engine';
let fallbackEnabled = false;

/**
 * Sets REGEXP_FALLBACK_FLAG in Node (process-wide, worker threads too), here so that every entry
 * point gets it: CLI, language server, API, prebuilt bundle; bin/virtlint.js also sets it before it
 * loads its code cache, whose name is bound to the flags. Nothing happens in a browser.
 */
export function enableRegExpFallback(): void {
  if (fallbackEnabled) return;
  fallbackEnabled = true;
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const v8 = proc?.getBuiltinModule?.('node:v8') as { setFlagsFromString(flags: string): void } | undefined;
  v8?.setFlagsFromString(REGEXP_FALLBACK_FLAG);
}

/** Any UTF-16 surrogate code unit: a value with one is matched with the `u` RegExp only. */
const SURROGATE = /[\ud800-\udfff]/;

/**
 * `source` (valid with the `u` flag) as a RegExp without it, when that means the same for a value
 * without surrogates: the source names only BMP code points (no `\p{…}`, no astral `\u{…}` or
 * literal), so `.` and negated classes see the same characters either way. Else undefined.
 */
function bmpRegExp(source: string): RegExp | undefined {
  if (SURROGATE.test(source)) return undefined;
  let bmpOnly = true;
  // Escapes are consumed whole, so `\\u{…}` (an escaped backslash, then u{…}) is not rewritten.
  const plain = source.replace(/\\(?:u\{([0-9a-fA-F]+)\}|([pP])\{|[\s\S])/g, (whole, hex: string | undefined, property: string | undefined) => {
    if (property !== undefined) bmpOnly = false;
    if (hex === undefined) return whole;
    const code = parseInt(hex, 16);
    if (code > 0xffff || (code >= 0xd800 && code <= 0xdfff)) bmpOnly = false;
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
  if (!bmpOnly) return undefined;
  return compiles(plain, '');
}

const compiles = (source: string, flags: string): RegExp | undefined => {
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined; // `l`: not in this Node, or a construct the linear-time engine lacks
  }
};

/**
 * `(?![…])[^]` (one character not in the class: how XSD's negated classes are translated) as `[^…]`,
 * which means the same, since the linear-time engine takes no lookahead.
 */
const withoutClassLookaheads = (source: string): string => source.replace(/\(\?!\[((?:[^\]\\^]|\\[\s\S])(?:[^\]\\]|\\[\s\S])*)\]\)\[\^\]/g, '[^$1]');

/** A test of values against a RegExp source meant for the `u` flag (throws as `new RegExp(source, 'u')`), linear-time where V8 allows it. */
export function unicodeRegExpMatcher(source: string): (value: string) => boolean {
  enableRegExpFallback();
  const full = new RegExp(source, 'u');
  const plain = bmpRegExp(source);
  if (!plain) return (value) => full.test(value);
  // Even `[^\n]+` fills the backtracking engine's stack on a value of ~9 MB (RangeError: Maximum call
  // stack size exceeded, so a valid 9 MiB <name> could not be checked): such a value is matched by
  // the linear-time engine alone (`l`), if it takes the pattern.
  let linear: RegExp | undefined | null = null;
  return (value) => {
    if (SURROGATE.test(value)) return full.test(value);
    try {
      return plain.test(value);
    } catch (e) {
      if (linear === null) linear = compiles(withoutClassLookaheads(plain.source), 'l');
      if (!(e instanceof RangeError) || !linear) throw e;
      return linear.test(value);
    }
  };
}
