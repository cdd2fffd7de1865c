/**
 * Translates XML Schema regular expressions (XSD part 2, appendix F) into JavaScript RegExps with
 * the `u` flag. Differences handled here: the whole value must match (implicit anchors), `^` and
 * `$` are ordinary characters, `.` excludes only \n and \r, \s \d \w \i \c have XSD meanings,
 * character-class subtraction `[a-z-[aeiou]]` (as a negative lookahead), and Unicode blocks
 * `\p{IsBasicLatin}` (from a table of common blocks; an unknown block is an error).
 */
import { sliceWhole } from '../quote-long.js';
import { unicodeRegExpMatcher } from './linear-regexp.js';
import { compileXsdNfa, MAX_NFA_STATES, nfaStateCount } from './xsd-nfa.js';
import { backtrackingIsBounded, maxMatchLength, nativeValueLimit } from './xsd-native-limit.js';
import { XSD_NAME_CHAR, XSD_NAME_START } from './xml-names.js';

export class XsdRegexError extends Error {}

// \i and \c: XML 1.0 appendix B name characters (as the datatypes use them).
const NAME_START = XSD_NAME_START;
const NAME_CHAR = XSD_NAME_CHAR;
const SPACE = ' \\t\\n\\r';

const CATEGORIES = new Set([
  'L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'Me', 'N', 'Nd', 'Nl', 'No', 'P', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po',
  'Z', 'Zs', 'Zl', 'Zp', 'S', 'Sm', 'Sc', 'Sk', 'So', 'C', 'Cc', 'Cf', 'Co', 'Cn',
]);

/** Unicode blocks (the ones XSD grammars commonly use), as code point ranges. */
const BLOCKS: Record<string, [number, number]> = {
  BasicLatin: [0x0000, 0x007f],
  'Latin-1Supplement': [0x0080, 0x00ff],
  LatinExtended_A: [0x0100, 0x017f],
  'LatinExtended-A': [0x0100, 0x017f],
  'LatinExtended-B': [0x0180, 0x024f],
  IPAExtensions: [0x0250, 0x02af],
  SpacingModifierLetters: [0x02b0, 0x02ff],
  CombiningDiacriticalMarks: [0x0300, 0x036f],
  Greek: [0x0370, 0x03ff],
  GreekandCoptic: [0x0370, 0x03ff],
  Cyrillic: [0x0400, 0x04ff],
  Armenian: [0x0530, 0x058f],
  Hebrew: [0x0590, 0x05ff],
  Arabic: [0x0600, 0x06ff],
  Devanagari: [0x0900, 0x097f],
  Thai: [0x0e00, 0x0e7f],
  Georgian: [0x10a0, 0x10ff],
  HangulJamo: [0x1100, 0x11ff],
  LatinExtendedAdditional: [0x1e00, 0x1eff],
  GreekExtended: [0x1f00, 0x1fff],
  GeneralPunctuation: [0x2000, 0x206f],
  SuperscriptsandSubscripts: [0x2070, 0x209f],
  CurrencySymbols: [0x20a0, 0x20cf],
  LetterlikeSymbols: [0x2100, 0x214f],
  NumberForms: [0x2150, 0x218f],
  Arrows: [0x2190, 0x21ff],
  MathematicalOperators: [0x2200, 0x22ff],
  MiscellaneousTechnical: [0x2300, 0x23ff],
  BoxDrawing: [0x2500, 0x257f],
  BlockElements: [0x2580, 0x259f],
  GeometricShapes: [0x25a0, 0x25ff],
  MiscellaneousSymbols: [0x2600, 0x26ff],
  Dingbats: [0x2700, 0x27bf],
  CJKSymbolsandPunctuation: [0x3000, 0x303f],
  Hiragana: [0x3040, 0x309f],
  Katakana: [0x30a0, 0x30ff],
  CJKUnifiedIdeographs: [0x4e00, 0x9fff],
  HangulSyllables: [0xac00, 0xd7a3],
  PrivateUse: [0xe000, 0xf8ff],
  PrivateUseArea: [0xe000, 0xf8ff],
  AlphabeticPresentationForms: [0xfb00, 0xfb4f],
  ArabicPresentationForms_B: [0xfe70, 0xfeff],
  'ArabicPresentationForms-B': [0xfe70, 0xfeff],
  HalfwidthandFullwidthForms: [0xff00, 0xffef],
  Specials: [0xfff0, 0xffff],
};

const hex = (n: number): string => `\\u{${n.toString(16)}}`;

/** A translated character class: `pos` is JS class content; `neg` lists JS class contents whose complements are included. */
interface ClassParts {
  pos: string;
  neg: string[];
}

function partsToExpr(p: ClassParts): string {
  if (p.neg.length === 0) return p.pos === '' ? '(?!)' : `[${p.pos}]`;
  const alts = p.neg.map((n) => `[^${n}]`);
  if (p.pos !== '') alts.unshift(`[${p.pos}]`);
  return `(?:${alts.join('|')})`;
}

function negateExpr(expr: string): string {
  return `(?:(?!${expr})[^])`;
}

/**
 * A parsed XSD regex. `char` is one character: `js` is its JS RegExp expression (for the `u` flag),
 * `cp` the code point when it is a single literal. `rep` keeps its quantifier's text (`q`) so that
 * the JS translation is exactly what it was before the parse tree existed (compiled grammars carry it).
 */
export type XsdRegexNode =
  | { readonly k: 'alt'; readonly items: readonly XsdRegexNode[] }
  | { readonly k: 'seq'; readonly items: readonly XsdRegexNode[] }
  | { readonly k: 'rep'; readonly atom: XsdRegexNode; readonly min: number; readonly max: number; readonly q: string }
  | { readonly k: 'group'; readonly inner: XsdRegexNode }
  | { readonly k: 'char'; readonly js: string; readonly cp?: number };

/** The JS RegExp body (for the `u` flag) of a parsed XSD regex. */
function emit(n: XsdRegexNode): string {
  switch (n.k) {
    case 'alt':
      return n.items.map(emit).join('|');
    case 'seq':
      return n.items.map(emit).join('');
    case 'rep':
      return emit(n.atom) + n.q;
    case 'group':
      return `(?:${emit(n.inner)})`;
    case 'char':
      return n.js;
  }
}

const literal = (c: string): XsdRegexNode => ({ k: 'char', js: escapeLiteral(c), cp: c.codePointAt(0)! });

/**
 * Brackets (groups `(…)` and character-class subtractions `[…-[…]]`) a pattern may nest. The parser,
 * the translation, the tree's measures and the NFA's construction recurse once per level (a grammar's
 * pattern nested ~2,200 deep overflowed the stack: "internal error while compiling"); libvirt's and
 * the bundled grammars' patterns nest 4 deep at most.
 */
export const MAX_XSD_REGEX_DEPTH = 200;

/** A pattern for a message: its first 60 characters when it is long. */
const shortPattern = (pattern: string): string => JSON.stringify(pattern.length > 60 ? `${sliceWhole(pattern, 0, 60)}…` : pattern);

class Parser {
  private i = 0;
  /** Brackets open at the current position (MAX_XSD_REGEX_DEPTH). */
  private depth = 0;
  private readonly chars: string[];
  constructor(private readonly src: string) {
    this.chars = [...src];
  }

  private peek(): string | undefined {
    return this.chars[this.i];
  }

  private fail(msg: string): never {
    throw new XsdRegexError(`${msg} in regular expression ${JSON.stringify(this.src)}`);
  }

  /** Before a bracket's content is parsed: refused beyond MAX_XSD_REGEX_DEPTH, before the stack runs out. */
  private enter(): void {
    if (++this.depth > MAX_XSD_REGEX_DEPTH) {
      throw new XsdRegexError(`the pattern ${shortPattern(this.src)} (${this.src.length.toLocaleString('en-US')} characters) is nested more than ${MAX_XSD_REGEX_DEPTH} brackets deep (groups and character-class subtractions; ${MAX_XSD_REGEX_DEPTH} at most)`);
    }
  }

  parse(): XsdRegexNode {
    const out = this.regExp();
    if (this.i < this.chars.length) this.fail(`unexpected "${this.peek()}"`);
    return out;
  }

  private regExp(): XsdRegexNode {
    const branches = [this.branch()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.branch());
    }
    return branches.length === 1 ? branches[0]! : { k: 'alt', items: branches };
  }

  private branch(): XsdRegexNode {
    const items: XsdRegexNode[] = [];
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') return items.length === 1 ? items[0]! : { k: 'seq', items };
      items.push(this.piece());
    }
  }

  private piece(): XsdRegexNode {
    const atom = this.atom();
    const c = this.peek();
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      return { k: 'rep', atom, min: c === '+' ? 1 : 0, max: c === '?' ? 1 : Infinity, q: c };
    }
    if (c === '{') {
      this.i++;
      let q = '';
      while (this.peek() !== undefined && this.peek() !== '}') q += this.chars[this.i++];
      if (this.peek() !== '}') this.fail('unterminated quantifier');
      this.i++;
      const m = /^(\d+)(,(\d*))?$/.exec(q);
      if (!m) this.fail(`bad quantifier {${q}}`);
      if (m[3] && Number(m[3]) < Number(m[1])) this.fail(`bad quantifier {${q}}`);
      const min = Number(m[1]);
      return { k: 'rep', atom, min, max: m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity, q: `{${q}}` };
    }
    return atom;
  }

  private atom(): XsdRegexNode {
    const c = this.chars[this.i++];
    switch (c) {
      case '(': {
        this.enter();
        const inner = this.regExp();
        if (this.peek() !== ')') this.fail('missing )');
        this.i++;
        this.depth--;
        return { k: 'group', inner };
      }
      case '[':
        return { k: 'char', js: this.charClassExpr() };
      case '\\':
        return this.escape(false);
      case '.':
        return { k: 'char', js: '[^\\n\\r]' };
      case '?':
      case '*':
      case '+':
      case '{':
      case '}':
      case ')':
      case ']':
        return this.fail(`unexpected "${c}"`);
      default:
        return literal(c!);
    }
  }

  /** After `[`: a positive/negative group with optional subtraction, up to and including `]`. */
  private charClassExpr(): string {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    const parts: ClassParts = { pos: '', neg: [] };
    let first = true;
    let subtract: string | null = null;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('unterminated character class');
      if (c === ']' && !first) {
        this.i++;
        break;
      }
      if (c === '-' && this.chars[this.i + 1] === '[' && !first) {
        this.i += 2;
        this.enter();
        subtract = this.charClassExpr();
        this.depth--;
        if (this.peek() !== ']') this.fail('subtraction must end the character class');
        this.i++;
        break;
      }
      this.classItem(parts, first);
      first = false;
    }
    let expr = partsToExpr(parts);
    if (negated) expr = negateExpr(expr);
    if (subtract) expr = `(?:(?!${subtract})${expr})`;
    return expr;
  }

  private classChar(first: boolean): { single: string | null; parts?: ClassParts } {
    const c = this.chars[this.i++]!;
    if (c === '\\') {
      const e = this.escape(true);
      if (e.startsWith('@')) return { single: null, parts: JSON.parse(e.slice(1)) as ClassParts };
      return { single: e };
    }
    if (c === '[') this.fail('unescaped [ in character class');
    if (c === '-' && !first && this.peek() !== ']') this.fail('unescaped - in character class');
    return { single: c };
  }

  private classItem(parts: ClassParts, first: boolean): void {
    const start = this.classChar(first);
    if (start.parts) {
      parts.pos += start.parts.pos;
      parts.neg.push(...start.parts.neg);
      return;
    }
    if (this.peek() === '-' && this.chars[this.i + 1] !== '[' && this.chars[this.i + 1] !== ']') {
      this.i++;
      const end = this.classChar(false);
      if (end.parts || end.single === null) this.fail('bad character range');
      const lo = literalCodePoint(start.single!);
      const hi = literalCodePoint(end.single);
      if (lo > hi) this.fail('bad character range');
      parts.pos += `${hex(lo)}-${hex(hi)}`;
      return;
    }
    parts.pos += hex(literalCodePoint(start.single!));
  }

  /**
   * After a backslash. Outside a class, returns a JS expression. Inside one, a single character is
   * returned as the raw character and a class escape as '@' + JSON of ClassParts.
   */
  private escape(inClass: true): string;
  private escape(inClass: false): XsdRegexNode;
  private escape(inClass: boolean): string | XsdRegexNode {
    const c = this.chars[this.i++];
    if (c === undefined) this.fail('trailing backslash');
    const single: Record<string, string> = { n: '\n', r: '\r', t: '\t' };
    if (single[c] !== undefined) return inClass ? single[c] : literal(single[c]);
    if ('\\|.-^?*+{}()[]'.includes(c)) return inClass ? c : literal(c);
    let parts: ClassParts;
    switch (c) {
      case 's':
        parts = { pos: SPACE, neg: [] };
        break;
      case 'S':
        parts = { pos: '', neg: [SPACE] };
        break;
      case 'i':
        parts = { pos: NAME_START, neg: [] };
        break;
      case 'I':
        parts = { pos: '', neg: [NAME_START] };
        break;
      case 'c':
        parts = { pos: NAME_CHAR, neg: [] };
        break;
      case 'C':
        parts = { pos: '', neg: [NAME_CHAR] };
        break;
      case 'd':
        parts = { pos: '\\p{Nd}', neg: [] };
        break;
      case 'D':
        parts = { pos: '\\P{Nd}', neg: [] };
        break;
      case 'w':
        parts = { pos: '', neg: ['\\p{P}\\p{Z}\\p{C}'] };
        break;
      case 'W':
        parts = { pos: '\\p{P}\\p{Z}\\p{C}', neg: [] };
        break;
      case 'p':
      case 'P': {
        const body = this.property();
        parts = c === 'p' ? { pos: body, neg: [] } : { pos: '', neg: [body] };
        break;
      }
      default:
        return this.fail(`unknown escape \\${c}`);
    }
    return inClass ? `@${JSON.stringify(parts)}` : { k: 'char', js: partsToExpr(parts) };
  }

  /** `{Name}` after \p or \P: JS class content for the category or block. */
  private property(): string {
    if (this.peek() !== '{') this.fail('\\p needs {…}');
    this.i++;
    let name = '';
    while (this.peek() !== undefined && this.peek() !== '}') name += this.chars[this.i++];
    if (this.peek() !== '}') this.fail('unterminated \\p{');
    this.i++;
    if (CATEGORIES.has(name)) return `\\p{${name}}`;
    if (name.startsWith('Is')) {
      const block = BLOCKS[name.slice(2)];
      if (!block) this.fail(`unknown Unicode block ${name}`);
      return `${hex(block[0])}-${hex(block[1])}`;
    }
    return this.fail(`unknown character property ${name}`);
  }
}

function literalCodePoint(s: string): number {
  return s.codePointAt(0)!;
}

function escapeLiteral(c: string): string {
  if (/[\\^$.*+?()[\]{}|/]/.test(c)) return `\\${c}`;
  const cp = c.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return hex(cp);
  return c;
}

const cache = new Map<string, RegExp>();
/** Translations done at build time (a compiled grammar carries them): pattern → JS body. */
const translations = new Map<string, string>();

/** The parse tree of an XSD regex. Throws XsdRegexError on a bad pattern. */
export function parseXsdRegex(pattern: string): XsdRegexNode {
  return new Parser(pattern).parse();
}

/** The JS RegExp body (unanchored, for the `u` flag) of an XSD regex. Throws XsdRegexError on a bad pattern. */
export function translateXsdRegex(pattern: string): string {
  return translations.get(pattern) ?? emit(parseXsdRegex(pattern));
}

/** Records a translation made earlier (by `translateXsdRegex`, when the grammar was compiled) so it is not made again. */
export function rememberXsdTranslation(pattern: string, body: string): void {
  if (!cache.has(pattern)) translations.set(pattern, body);
}

/** Compiles an XSD regex to an anchored JS RegExp (cached). Throws XsdRegexError on a bad pattern. */
export function compileXsdRegex(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    const body = translateXsdRegex(pattern);
    try {
      re = new RegExp(`^(?:${body})$`, 'u');
    } catch (e) {
      throw new XsdRegexError(`cannot translate regular expression ${JSON.stringify(pattern)}: ${(e as Error).message}`);
    }
    cache.set(pattern, re);
    translations.delete(pattern);
  }
  return re;
}

/**
 * A test of whole values against an XSD regex (`compileXsdRegex`, which also reports a bad pattern).
 * Values the RegExp matches in bounded time (`nativeValueLimit`) go to it; longer ones to the
 * linear-time NFA (`xsd-nfa.ts`, built on first use; memory independent of the value). A pattern
 * whose NFA would be too large (counted repetitions nested: `(a{100}){101}`) keeps the RegExp, with
 * V8's linear engine as fallback (`linear-regexp.ts`, which sets V8 flags): no real grammar has one.
 */
export function compileXsdMatcher(pattern: string): (value: string) => boolean {
  const re = compileXsdRegex(pattern);
  // Parsed on first use: grammars carry their translations, and most patterns meet few values.
  let tree: XsdRegexNode | undefined;
  let limit = -1;
  let linear: ((value: string) => boolean) | undefined;
  return (value) => {
    if (limit < 0) limit = nativeValueLimit((tree = parseXsdRegex(pattern)));
    if (value.length <= limit) return re.test(value);
    linear ??= compileXsdNfa(tree!) ?? boundedRegExpMatcher(tree!, re) ?? unicodeRegExpMatcher(re.source);
    return linear(value);
  };
}

/**
 * For a pattern too large for the NFA whose backtracking is bounded whatever the value
 * (backtrackingIsBounded): the RegExp, given only values short enough to match (a character is at
 * most two UTF-16 code units). Undefined for any other pattern: a grammar compiled with one is
 * refused (xsdPatternTooCostly); only a compiled form from elsewhere can still hold one.
 */
function boundedRegExpMatcher(tree: XsdRegexNode, re: RegExp): ((value: string) => boolean) | undefined {
  if (!backtrackingIsBounded(tree)) return undefined;
  const longest = 2 * maxMatchLength(tree);
  return (value) => value.length <= longest && re.test(value);
}

/**
 * Why values cannot be matched against a pattern in bounded time, or undefined: its NFA would exceed
 * MAX_NFA_STATES states (counted repetitions expand) and its backtracking grows with the value
 * (nested counted repetitions: `(a{2,100}){2,100}b` never ended on 100 characters). Asked when a
 * grammar is compiled (src/relaxng/simplify.ts), so such a grammar is refused, naming the pattern;
 * libvirt's and the bundled grammars have none. Throws XsdRegexError on a bad pattern.
 * The pattern's translation is made from the same parse and remembered: the grammar's compiler asks
 * before it makes the pattern's datatype, which then compiles it without parsing it again.
 */
export function xsdPatternTooCostly(pattern: string): string | undefined {
  const tree = parseXsdRegex(pattern);
  rememberXsdTranslation(pattern, emit(tree));
  if (nfaStateCount(tree) + 1 <= MAX_NFA_STATES || backtrackingIsBounded(tree)) return undefined;
  return `the pattern ${JSON.stringify(pattern)} cannot be matched in bounded time: its automaton would have more than ${MAX_NFA_STATES.toLocaleString('en-US')} states (counted repetitions expand) and backtracking on it grows with the value (counted repetitions of something that matches in several ways)`;
}
