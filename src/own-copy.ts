/**
 * A copy of a string cut from a document's text that does not keep the document alive. V8 makes a
 * slice of 13 characters or more point into its parent string: a memo or cache keeping the slice
 * would keep the whole document (in a long batch or an editor session, thousands of them).
 * Concatenation then slicing leaves a slice of a new flat string of about the value's length.
 * Shared by the RelaxNG engine's memos and the scanner's string cache; use it only where a string
 * is kept past its document.
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
