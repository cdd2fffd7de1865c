/**
 * Documents on which a scan from each construct to the next could go quadratic (for
 * scanner-linear.test.ts, which times them in a fresh process through `prepare`).
 */
import { parseXml } from '../../src/xml/parse.js';

export const SHAPES: Readonly<Record<string, (n: number) => string>> = {
  'references in one text node': (n) => `<a>${'&amp;'.repeat(n)}</a>`,
  'references in one attribute value': (n) => `<a b="${'&lt;'.repeat(n)}"/>`,
  'same-name siblings': (n) => `<a>${"<b c='1'/>".repeat(n)}</a>`,
  'comments after the root': (n) => `<a/>${'<!-- c -->'.repeat(n)}`,
  'processing instructions in the root': (n) => `<a>${'<?p x?>'.repeat(n)}</a>`,
  'text interleaved with CDATA and CRLF': (n) => `<a>${'x]]\r\n<![CDATA[y]]>'.repeat(n)}</a>`,
  'a reference never closed': (n) => `<a>${'x'.repeat(n * 10)}&amp`,
  'lines of nested elements': (n) => `<a>\n${'<b>\n<c d="1"/>\n</b>\n'.repeat(n)}</a>`,
};

/** Builds the document of `shape` at size `n`; the returned function parses it. */
export function prepare(shape: string, n: number): () => void {
  const text = (SHAPES[shape] as (n: number) => string)(n);
  return () => {
    parseXml(text);
  };
}
