/** XML name characters shared by the datatypes (Name, NCName, NMTOKEN) and the XSD regex escapes \i and \c. */
// Names per XML 1.0 appendix B (the rules XSD 1.0 datatypes use), by Unicode category: a name starts
// with a letter, '_' or ':' and continues with letters, digits, marks, '.', '-' and the middle dot.
const NAME_START = '\\p{Ll}\\p{Lu}\\p{Lo}\\p{Lt}\\p{Nl}_';
const NAME_REST = `${NAME_START}\\p{Mc}\\p{Me}\\p{Mn}\\p{Lm}\\p{Nd}.\\-\\u{B7}`;
/** JS class contents for XSD regex \i and \c. */
export const XSD_NAME_START = `${NAME_START}:`;
export const XSD_NAME_CHAR = `${NAME_REST}:`;

// Unicode-property regexes are costly to build, so they are built on first use (a loaded grammar
// may never need them); plain ASCII names, the common case, never reach them.
let nameRe: RegExp | undefined;
let ncNameRe: RegExp | undefined;
let nmtokenRe: RegExp | undefined;
const ASCII_NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const ASCII_NMTOKEN = /^[A-Za-z0-9_.:-]+$/;
const ASCII = /^[\x20-\x7e]*$/;

export function isNCName(s: string): boolean {
  if (ASCII_NCNAME.test(s)) return true;
  if (ASCII.test(s)) return false;
  return (ncNameRe ??= new RegExp(`^[${NAME_START}][${NAME_REST}]*$`, 'u')).test(s);
}

export function isName(s: string): boolean {
  if (/^[A-Za-z_:][A-Za-z0-9_.:-]*$/.test(s)) return true;
  if (ASCII.test(s)) return false;
  return (nameRe ??= new RegExp(`^[${NAME_START}:][${NAME_REST}:]*$`, 'u')).test(s);
}

export function isNmtoken(s: string): boolean {
  if (ASCII_NMTOKEN.test(s)) return true;
  if (ASCII.test(s)) return false;
  return (nmtokenRe ??= new RegExp(`^[${NAME_REST}:]+$`, 'u')).test(s);
}
