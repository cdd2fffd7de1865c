/**
 * For the tests of the network filter (<filter>) rules: filter document builders and a RuleTester whose
 * every case is also linted by the whole pipeline (like pool-helpers.ts); the documents are judged by
 * nwfilter-define in test/oracle/nwfilter-define.test.ts, which sets VIRTLINT_NWFILTER_DUMP to a
 * directory to collect every case's document there.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { lintText } from '../../src/linter/lint.js';
import { RuleTester } from '../../src/rule-tester.js';
import type { Diagnostic } from '../../src/types.js';

/** The name every test filter has; the oracle defines each under a fresh one (and rewrites self-references with it). */
export const FILTER_NAME = 'nwf15-test';

/** A `<filter>` named {@link FILTER_NAME} with these attributes (` chain='ipv4'`) and this body. */
export const filter = (body: string, attributes = ''): string => `<filter name='${FILTER_NAME}'${attributes}>\n  ${body}\n</filter>\n`;

/** A filter with one `<rule>` holding this protocol element (`<tcp srcportstart='22'/>`). */
export const ruleWith = (protocol: string, ruleAttributes = "action='accept' direction='in'"): string => filter(`<rule ${ruleAttributes}>\n    ${protocol}\n  </rule>`);

export const nwfilterRuleTester = new RuleTester({
  async afterCase(code, alone, rule) {
    const dump = process.env.VIRTLINT_NWFILTER_DUMP;
    if (dump) {
      fs.mkdirSync(dump, { recursive: true });
      fs.writeFileSync(path.join(dump, `${rule.meta.id}-${createHash('sha1').update(code).digest('hex').slice(0, 12)}.xml`), code);
    }
    const all = (await lintText(code, { filePath: 'filter.xml' })).diagnostics;
    expect(all.filter((d) => d.ruleId === 'virtlint/rule-crashed')).to.deep.equal([]);
    const at = (d: Diagnostic): string => `${d.severity} ${d.range.start.line}:${d.range.start.column}`;
    // The pipeline reports what the rule reported alone: it runs nwfilter rules on <filter> documents.
    expect(all.filter((d) => d.ruleId === rule.meta.id).map(at)).to.deep.equal(alone.map(at));
    // Every case is a document the grammar takes: the rules judge what the schema lets through (a value
    // libvirt misreads for its white space is the schema step's warning, schema/value-whitespace-ignored).
    expect(all.filter((d) => (d.ruleId.startsWith('schema/') && d.ruleId !== 'schema/value-whitespace-ignored') || d.ruleId.startsWith('xml/')).map((d) => d.message)).to.deep.equal([]);
  },
});
