/** The workload of metadata-growth.test.ts, timed in a fresh process through `prepare`. */
import { lintText } from '../../src/linter/lint.js';

export function metadataDocument(n: number): string {
  return `<domain type='kvm'><name>meta</name><memory>1048576</memory><os><type>hvm</type></os><metadata xmlns:m='urn:example:meta'>${'<m:e/>'.repeat(n)}</metadata></domain>`;
}

/** A domain with `n` empty elements under <metadata>; the returned function lints it (schema step only). */
export async function prepare(n: number): Promise<() => Promise<void>> {
  const text = metadataDocument(n);
  await lintText(metadataDocument(1000), { ruleSet: [] }); // grammar load
  return async () => {
    const r = await lintText(text, { ruleSet: [] });
    if (r.diagnostics.length !== 0) throw new Error(`the document is valid, but: ${r.diagnostics[0]!.message}`);
  };
}
