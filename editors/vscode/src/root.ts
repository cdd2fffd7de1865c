/**
 * Which documents the extension speaks for: XML whose root element is a libvirt kind. Read from the
 * start of the text only (the root comes after the prolog, comments and a DOCTYPE), so that opening
 * a large unrelated XML file costs nothing.
 */
import { SUPPORTED_ROOTS } from '../../../src/schema/kinds.js';

/** How far into a document the root element is looked for. */
export const HEAD = 64 * 1024;

/** The root element's name as written (prefix included), or undefined when there is none in the head. */
export function rootElementOf(text: string): string | undefined {
  const head = text.slice(0, HEAD);
  let i = 0;
  while (i < head.length) {
    const lt = head.indexOf('<', i);
    if (lt < 0) return undefined;
    const skip = (open: string, close: string): number | undefined => {
      if (!head.startsWith(open, lt)) return undefined;
      const end = head.indexOf(close, lt + open.length);
      return end < 0 ? -1 : end + close.length;
    };
    const next = skip('<!--', '-->') ?? skip('<?', '?>') ?? skip('<!', '>');
    if (next === -1) return undefined;
    if (next !== undefined) {
      i = next;
      continue;
    }
    const name = /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(lt, lt + 256))?.[1];
    return name;
  }
  return undefined;
}

/** Whether a document is libvirt XML the server checks. */
export function isLibvirtXml(text: string): boolean {
  const root = rootElementOf(text);
  return root !== undefined && SUPPORTED_ROOTS.includes(root);
}
