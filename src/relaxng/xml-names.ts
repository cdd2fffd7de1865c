/** XML name characters shared by the datatypes (Name, NCName, NMTOKEN) and the XSD regex escapes \i and \c. */
// Names per XML 1.0 appendix B (the rules XSD 1.0 datatypes use), by Unicode category: a name starts
// with a letter, '_' or ':' and continues with letters, digits, marks, '.', '-' and the middle dot.
const NAME_START = '\\p{Ll}\\p{Lu}\\p{Lo}\\p{Lt}\\p{Nl}_';
const NAME_REST = `${NAME_START}\\p{Mc}\\p{Me}\\p{Mn}\\p{Lm}\\p{Nd}.\\-\\u{B7}`;
export const NAME_RE = new RegExp(`^[${NAME_START}:][${NAME_REST}:]*$`, 'u');
export const NCNAME_RE = new RegExp(`^[${NAME_START}][${NAME_REST}]*$`, 'u');
export const NMTOKEN_RE = new RegExp(`^[${NAME_REST}:]+$`, 'u');
/** JS class contents for XSD regex \\i and \\c. */
export const XSD_NAME_START = `${NAME_START}:`;
export const XSD_NAME_CHAR = `${NAME_REST}:`;

