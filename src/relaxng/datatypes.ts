/**
 * Datatype libraries: RELAX NG's built-in one (string, token) and the XML Schema datatypes that
 * RelaxNG grammars use, with their whitespace handling, value-space equality (for <value>) and the
 * facets allowed as <param>s. Lexical checks are hand-written (fast); `pattern` facets go through
 * the XSD regex translator.
 */
import { compileXsdMatcher, XsdRegexError } from './xsd-regex.js';

export const XSD_LIBRARY = 'http://www.w3.org/2001/XMLSchema-datatypes';

/** Resolves a namespace prefix ('' = default namespace) in the context of a value. */
export type NsResolver = (prefix: string) => string | undefined;

export interface DatatypeParam {
  readonly name: string;
  readonly value: string;
}

export interface Datatype {
  readonly library: string;
  readonly type: string;
  readonly params: readonly DatatypeParam[];
  /** A stable key (library, type, params) for interning. */
  readonly key: string;
  /** True when `value` (raw, unnormalised) is a valid value, facets included. */
  allows(value: string, ns: NsResolver): boolean;
  /** The value's identity in the value space (for <value> equality), or null when it is not a valid value. */
  valueKey(value: string, ns: NsResolver): string | null;
  /** True when values are read in the context of namespace declarations (QName, NOTATION): not cacheable by text alone. */
  readonly contextual: boolean;
  /**
   * True when the key of a value with no white space to normalise (`isCollapsed`) is the value
   * itself, or null: such a value equals a `<value>` exactly when it is spelt as its key.
   */
  readonly plainKeys: boolean;
}

export class DatatypeError extends Error {}

type WhiteSpace = 'preserve' | 'replace' | 'collapse';
type Order = 'decimal' | 'float' | 'date';
type LengthUnit = 'chars' | 'hex' | 'base64' | 'items';

interface TypeInfo {
  ws: WhiteSpace;
  /** Canonical key of a whitespace-normalised lexical value, or null when invalid. */
  parse(s: string, ns: NsResolver): string | null;
  order?: Order;
  length?: LengthUnit;
  digits?: boolean;
  min?: bigint;
  max?: bigint;
  /** See Datatype.plainKeys. */
  plain?: boolean;
}

/** True when `s` needs no whitespace collapsing (no tab/newline/CR, no leading, trailing or double space). */
export function isCollapsed(s: string): boolean {
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c === 9 || c === 10 || c === 13) return false;
    else prevSpace = false;
  }
  return !prevSpace || s.length === 0;
}

export function collapse(s: string): string {
  if (isCollapsed(s)) return s;
  return s.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '');
}

function normalise(s: string, ws: WhiteSpace): string {
  if (ws === 'preserve') return s;
  if (ws === 'replace') return s.replace(/[\t\n\r]/g, ' ');
  return collapse(s);
}

import { isName, isNCName as isNCNameChars, isNmtoken } from './xml-names.js';

export function isNCName(s: string): boolean {
  return isNCNameChars(s);
}

const re = (r: RegExp) => (s: string) => (r.test(s) ? s : null);
const by = (ok: (s: string) => boolean) => (s: string) => (ok(s) ? s : null);

function decimalKey(s: string): string | null {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  if (s.endsWith('.') && m[2] === '') return null;
  const int = m[2]!.replace(/^0+/, '');
  const frac = (m[3] ?? '').replace(/0+$/, '');
  if (int === '' && frac === '') return '0';
  return `${m[1] === '-' ? '-' : ''}${int || '0'}${frac ? `.${frac}` : ''}`;
}

function integerKey(s: string): string | null {
  if (!/^[+-]?\d+$/.test(s)) return null;
  return BigInt(s).toString();
}

function floatKey(s: string, single: boolean): string | null {
  if (s === 'INF' || s === '-INF' || s === 'NaN') return s;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) return null;
  const n = single ? Math.fround(Number(s)) : Number(s);
  return Object.is(n, -0) ? '0' : String(n);
}

function floatNumber(key: string): number {
  if (key === 'INF') return Infinity;
  if (key === '-INF') return -Infinity;
  if (key === 'NaN') return NaN;
  return Number(key);
}

function compareDecimal(a: string, b: string): number {
  const split = (x: string): [bigint, number] => {
    const neg = x.startsWith('-');
    const [i, f = ''] = (neg ? x.slice(1) : x).split('.');
    return [BigInt(`${neg ? '-' : ''}${i}${f}`), f.length];
  };
  const [ai, af] = split(a);
  const [bi, bf] = split(b);
  const scale = Math.max(af, bf);
  const x = ai * 10n ** BigInt(scale - af);
  const y = bi * 10n ** BigInt(scale - bf);
  return x < y ? -1 : x > y ? 1 : 0;
}

const daysIn = (y: number, m: number): number =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

const TZ = '(Z|[+-](?:(?:0\\d|1[0-3]):[0-5]\\d|14:00))?';
const DATE_TIME_RE = new RegExp(`^(-?\\d{4,})-(\\d\\d)-(\\d\\d)T(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)${TZ}$`);
const DATE_RE = new RegExp(`^(-?\\d{4,})-(\\d\\d)-(\\d\\d)${TZ}$`);
const TIME_RE = new RegExp(`^(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)${TZ}$`);

function validYmd(y: string, mo: string, d: string): boolean {
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (/^-?0000$/.test(y) || (y.replace('-', '').length > 4 && y.replace('-', '').startsWith('0'))) return false;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(Math.abs(year), month);
}
function validHms(h: string, mi: string, s: string): boolean {
  const hour = Number(h);
  const min = Number(mi);
  const sec = Number(s);
  if (hour === 24) return min === 0 && sec === 0;
  return hour < 24 && min < 60 && sec < 60;
}
function tzMinutes(tz: string | undefined): number {
  if (!tz || tz === 'Z') return 0;
  const sign = tz[0] === '-' ? -1 : 1;
  return sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6)));
}
/** Time-line position in ms (timezone-less values are taken as UTC: good enough for facets and equality). */
function dateTimeKey(s: string): string | null {
  const m = DATE_TIME_RE.exec(s);
  if (!m || !validYmd(m[1]!, m[2]!, m[3]!) || !validHms(m[4]!, m[5]!, m[6]!)) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])) + Number(m[6]) * 1000;
  return `${ms - tzMinutes(m[7]) * 60000}${m[7] ? 'z' : ''}`;
}
function dateKey(s: string): string | null {
  const m = DATE_RE.exec(s);
  if (!m || !validYmd(m[1]!, m[2]!, m[3]!)) return null;
  return `${Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - tzMinutes(m[4]) * 60000}${m[4] ? 'z' : ''}`;
}
function timeKey(s: string): string | null {
  const m = TIME_RE.exec(s);
  if (!m || !validHms(m[1]!, m[2]!, m[3]!)) return null;
  const ms = (Number(m[1]) * 3600 + Number(m[2]) * 60) * 1000 + Number(m[3]) * 1000 - tzMinutes(m[4]) * 60000;
  return `${(ms + 86400000) % 86400000}${m[4] ? 'z' : ''}`;
}

function qnameKey(s: string, ns: NsResolver): string | null {
  const i = s.indexOf(':');
  const prefix = i < 0 ? '' : s.slice(0, i);
  const local = i < 0 ? s : s.slice(i + 1);
  if ((prefix !== '' && !isNCName(prefix)) || !isNCName(local)) return null;
  const uri = ns(prefix);
  if (uri === undefined) {
    if (prefix !== '') return null;
    return `{}${local}`;
  }
  return `{${uri}}${local}`;
}

const BASE64_RE = /^((([A-Za-z0-9+/] ?){4})*(([A-Za-z0-9+/] ?){3}[A-Za-z0-9+/]|([A-Za-z0-9+/] ?){2}[AEIMQUYcgkosw048] ?=|[A-Za-z0-9+/] ?[AQgw] ?= ?=))?$/;

function listOf(item: (s: string) => boolean) {
  return (s: string) => (s !== '' && s.split(' ').every(item) ? s : null);
}

const STRING_LIKE = { length: 'chars' as LengthUnit };
/** String-like types whose keys are the (normalised) values themselves. */
const PLAIN_STRING = { ...STRING_LIKE, plain: true };

function integerType(min?: bigint, max?: bigint): TypeInfo {
  return { ws: 'collapse', parse: integerKey, order: 'decimal', digits: true, min, max };
}

const XSD_TYPES: Record<string, TypeInfo> = {
  string: { ws: 'preserve', parse: (s) => s, ...PLAIN_STRING },
  normalizedString: { ws: 'replace', parse: (s) => s, ...PLAIN_STRING },
  token: { ws: 'collapse', parse: (s) => s, ...PLAIN_STRING },
  language: { ws: 'collapse', parse: re(/^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/), ...PLAIN_STRING },
  Name: { ws: 'collapse', parse: by(isName), ...PLAIN_STRING },
  NCName: { ws: 'collapse', parse: by(isNCNameChars), ...PLAIN_STRING },
  ID: { ws: 'collapse', parse: by(isNCNameChars), ...PLAIN_STRING },
  IDREF: { ws: 'collapse', parse: by(isNCNameChars), ...PLAIN_STRING },
  ENTITY: { ws: 'collapse', parse: by(isNCNameChars), ...PLAIN_STRING },
  NMTOKEN: { ws: 'collapse', parse: by(isNmtoken), ...PLAIN_STRING },
  NMTOKENS: { ws: 'collapse', parse: listOf(isNmtoken), length: 'items', plain: true },
  IDREFS: { ws: 'collapse', parse: listOf(isNCNameChars), length: 'items', plain: true },
  ENTITIES: { ws: 'collapse', parse: listOf(isNCNameChars), length: 'items', plain: true },
  anyURI: { ws: 'collapse', parse: (s) => ([...s].some((c) => c.charCodeAt(0) < 0x20) ? null : s), ...PLAIN_STRING },
  QName: { ws: 'collapse', parse: qnameKey, ...STRING_LIKE },
  NOTATION: { ws: 'collapse', parse: qnameKey, ...STRING_LIKE },
  boolean: { ws: 'collapse', parse: (s) => (s === 'true' || s === '1' ? 'true' : s === 'false' || s === '0' ? 'false' : null) },
  decimal: { ws: 'collapse', parse: decimalKey, order: 'decimal', digits: true },
  integer: integerType(),
  nonPositiveInteger: integerType(undefined, 0n),
  negativeInteger: integerType(undefined, -1n),
  nonNegativeInteger: integerType(0n),
  positiveInteger: integerType(1n),
  long: integerType(-(2n ** 63n), 2n ** 63n - 1n),
  int: integerType(-(2n ** 31n), 2n ** 31n - 1n),
  short: integerType(-(2n ** 15n), 2n ** 15n - 1n),
  byte: integerType(-(2n ** 7n), 2n ** 7n - 1n),
  unsignedLong: integerType(0n, 2n ** 64n - 1n),
  unsignedInt: integerType(0n, 2n ** 32n - 1n),
  unsignedShort: integerType(0n, 2n ** 16n - 1n),
  unsignedByte: integerType(0n, 2n ** 8n - 1n),
  double: { ws: 'collapse', parse: (s) => floatKey(s, false), order: 'float' },
  float: { ws: 'collapse', parse: (s) => floatKey(s, true), order: 'float' },
  dateTime: { ws: 'collapse', parse: dateTimeKey, order: 'date' },
  date: { ws: 'collapse', parse: dateKey, order: 'date' },
  time: { ws: 'collapse', parse: timeKey, order: 'date' },
  duration: { ws: 'collapse', parse: re(/^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/) },
  gYear: { ws: 'collapse', parse: re(new RegExp(`^-?\\d{4,}${TZ}$`)) },
  gYearMonth: { ws: 'collapse', parse: re(new RegExp(`^-?\\d{4,}-(0[1-9]|1[0-2])${TZ}$`)) },
  gMonth: { ws: 'collapse', parse: re(new RegExp(`^--(0[1-9]|1[0-2])${TZ}$`)) },
  gMonthDay: { ws: 'collapse', parse: re(new RegExp(`^--(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])${TZ}$`)) },
  gDay: { ws: 'collapse', parse: re(new RegExp(`^---(0[1-9]|[12]\\d|3[01])${TZ}$`)) },
  hexBinary: { ws: 'collapse', parse: (s) => (/^([0-9a-fA-F]{2})*$/.test(s) ? s.toUpperCase() : null), length: 'hex' },
  base64Binary: {
    ws: 'collapse',
    parse: (s) => (BASE64_RE.test(s) ? s.replace(/ /g, '') : null),
    length: 'base64',
  },
};

const BUILTIN_TYPES: Record<string, TypeInfo> = {
  string: { ws: 'preserve', parse: (s) => s, plain: true },
  token: { ws: 'collapse', parse: (s) => s, plain: true },
};

function lengthOf(key: string, unit: LengthUnit): number {
  switch (unit) {
    case 'chars':
      return [...key].length;
    case 'hex':
      return key.length / 2;
    case 'base64': {
      const pad = key.endsWith('==') ? 2 : key.endsWith('=') ? 1 : 0;
      return (key.length / 4) * 3 - pad;
    }
    case 'items':
      return key === '' ? 0 : key.split(' ').length;
  }
}

function compareKeys(order: Order, a: string, b: string): number {
  if (order === 'decimal') return compareDecimal(a, b);
  const x = order === 'float' ? floatNumber(a) : Number(a.replace(/z$/, ''));
  const y = order === 'float' ? floatNumber(b) : Number(b.replace(/z$/, ''));
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
}

type Check = (key: string, normalised: string) => boolean;

function nonNegative(name: string, v: string): number {
  if (!/^\s*\+?\d+\s*$/.test(v)) throw new DatatypeError(`parameter ${name} must be a non-negative integer, not ${JSON.stringify(v)}`);
  return Number(v.trim());
}

function buildChecks(type: string, info: TypeInfo, params: readonly DatatypeParam[]): Check[] {
  const checks: Check[] = [];
  const seen = new Set<string>();
  const noNs: NsResolver = () => undefined;
  const bounds: Record<string, string> = {};
  for (const { name, value } of params) {
    if (name !== 'pattern' && seen.has(name)) throw new DatatypeError(`duplicate parameter ${name}`);
    seen.add(name);
    const bad = () => new DatatypeError(`parameter ${name} is not allowed for datatype ${type}`);
    switch (name) {
      case 'pattern': {
        let matches: (value: string) => boolean;
        try {
          matches = compileXsdMatcher(value);
        } catch (e) {
          if (e instanceof XsdRegexError) throw new DatatypeError(e.message);
          throw e;
        }
        checks.push((_k, n) => matches(n));
        break;
      }
      case 'length':
      case 'minLength':
      case 'maxLength': {
        const unit = info.length;
        if (!unit) throw bad();
        const n = nonNegative(name, value);
        bounds[name] = String(n);
        if (name === 'length') checks.push((k) => lengthOf(k, unit) === n);
        else if (name === 'minLength') checks.push((k) => lengthOf(k, unit) >= n);
        else checks.push((k) => lengthOf(k, unit) <= n);
        break;
      }
      case 'minInclusive':
      case 'maxInclusive':
      case 'minExclusive':
      case 'maxExclusive': {
        const order = info.order;
        if (!order) throw bad();
        const limit = info.parse(normalise(value, info.ws), noNs);
        if (limit === null) throw new DatatypeError(`parameter ${name}: ${JSON.stringify(value)} is not a valid ${type}`);
        bounds[name] = limit;
        const cmp = (k: string) => compareKeys(order, k, limit);
        if (name === 'minInclusive') checks.push((k) => cmp(k) >= 0);
        else if (name === 'maxInclusive') checks.push((k) => cmp(k) <= 0);
        else if (name === 'minExclusive') checks.push((k) => cmp(k) > 0);
        else checks.push((k) => cmp(k) < 0);
        break;
      }
      case 'totalDigits': {
        if (!info.digits) throw bad();
        const n = nonNegative(name, value);
        if (n === 0) throw new DatatypeError('parameter totalDigits must be positive');
        checks.push((k) => k.replace(/^-/, '').replace('.', '').replace(/^0+(?=\d)/, '').length <= n);
        break;
      }
      case 'fractionDigits': {
        if (!info.digits) throw bad();
        const n = nonNegative(name, value);
        checks.push((k) => (k.split('.')[1] ?? '').length <= n);
        break;
      }
      default:
        throw new DatatypeError(`unknown parameter ${name} for datatype ${type}`);
    }
  }
  if (bounds.length !== undefined && (bounds.minLength !== undefined || bounds.maxLength !== undefined))
    throw new DatatypeError('parameter length cannot be combined with minLength or maxLength');
  if (bounds.minLength !== undefined && bounds.maxLength !== undefined && Number(bounds.minLength) > Number(bounds.maxLength))
    throw new DatatypeError('minLength is greater than maxLength');
  if (bounds.minInclusive !== undefined && bounds.minExclusive !== undefined)
    throw new DatatypeError('minInclusive and minExclusive cannot both be given');
  if (bounds.maxInclusive !== undefined && bounds.maxExclusive !== undefined)
    throw new DatatypeError('maxInclusive and maxExclusive cannot both be given');
  return checks;
}

class SimpleDatatype implements Datatype {
  readonly key: string;
  readonly contextual: boolean;
  readonly plainKeys: boolean;
  private checks: Check[] | null = null;
  constructor(
    readonly library: string,
    readonly type: string,
    readonly params: readonly DatatypeParam[],
    private readonly info: TypeInfo,
    checks: Check[] | null,
  ) {
    this.key = `${library}#${type}${params.map((p) => `;${p.name}=${p.value}`).join('')}`;
    this.checks = checks;
    this.contextual = info.parse === qnameKey;
    this.plainKeys = info.plain === true;
  }

  /** Facet checks are built lazily so a loaded grammar does not compile every regex up front. */
  getChecks(): Check[] {
    if (!this.checks) this.checks = buildChecks(this.type, this.info, this.params);
    return this.checks;
  }

  valueKey(value: string, ns: NsResolver): string | null {
    return this.info.parse(normalise(value, this.info.ws), ns);
  }

  allows(value: string, ns: NsResolver): boolean {
    const n = normalise(value, this.info.ws);
    const key = this.info.parse(n, ns);
    if (key === null) return false;
    if (this.info.min !== undefined || this.info.max !== undefined) {
      const v = BigInt(key);
      if ((this.info.min !== undefined && v < this.info.min) || (this.info.max !== undefined && v > this.info.max)) return false;
    }
    for (const c of this.getChecks()) if (!c(key, n)) return false;
    return true;
  }
}

const made = new Map<string, SimpleDatatype>();

/**
 * The datatype `type` of `library` with `params` (facets). Throws DatatypeError for an unknown
 * library/type or a bad parameter. `lazy` skips checking the parameters (used when loading a
 * grammar that was compiled, hence checked, before).
 */
export function makeDatatype(library: string, type: string, params: readonly DatatypeParam[], lazy = false): Datatype {
  const key = `${library}#${type}${params.map((p) => `;${p.name}=${p.value}`).join('')}`;
  const known = made.get(key);
  if (known) {
    if (!lazy) known.getChecks();
    return known;
  }
  let info: TypeInfo | undefined;
  if (library === '') {
    info = Object.hasOwn(BUILTIN_TYPES, type) ? BUILTIN_TYPES[type] : undefined;
    if (!info) throw new DatatypeError(`unknown datatype ${type} in the built-in datatype library`);
    if (params.length > 0) throw new DatatypeError(`the built-in datatype ${type} takes no parameters`);
  } else if (library === XSD_LIBRARY) {
    info = Object.hasOwn(XSD_TYPES, type) ? XSD_TYPES[type] : undefined;
    if (!info) throw new DatatypeError(`unknown datatype xsd:${type}`);
  } else {
    throw new DatatypeError(`unknown datatype library ${JSON.stringify(library)}`);
  }
  const dt = new SimpleDatatype(library, type, params, info, lazy ? null : buildChecks(type, info, params));
  made.set(key, dt);
  return dt;
}
