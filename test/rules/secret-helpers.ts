/**
 * For the tests of the <secret> rules: a secret document builder and a RuleTester whose every case is
 * also linted by the whole pipeline (like volume-helpers.ts); test/oracle/secret-define.test.ts sets
 * VIRTLINT_SECRET_DUMP to a directory to collect every case's document there and defines each.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { lintText } from '../../src/linter/lint.js';
import { RuleTester } from '../../src/rule-tester.js';
import type { Diagnostic } from '../../src/types.js';

/** A `<secret>` with these attributes (written with a leading space) and body, indented as libvirt writes it. */
export const secret = (body: string, attrs = ''): string => `<secret${attrs}>\n  ${body}\n</secret>\n`;

export const secretRuleTester = new RuleTester({
  async afterCase(code, alone, rule) {
    const dump = process.env.VIRTLINT_SECRET_DUMP;
    if (dump) {
      fs.mkdirSync(dump, { recursive: true });
      fs.writeFileSync(path.join(dump, `${rule.meta.id}-${createHash('sha1').update(code).digest('hex').slice(0, 12)}.xml`), code);
    }
    const all = (await lintText(code, { filePath: 'secret.xml' })).diagnostics;
    expect(all.filter((d) => d.ruleId === 'virtlint/rule-crashed')).to.deep.equal([]);
    const at = (d: Diagnostic): string => `${d.severity} ${d.range.start.line}:${d.range.start.column}`;
    // The pipeline reports what the rule reported alone: it runs secret rules on <secret> documents.
    expect(all.filter((d) => d.ruleId === rule.meta.id).map(at)).to.deep.equal(alone.map(at));
    // Every case is a document the grammar takes: the rules judge what the schema lets through.
    expect(all.filter((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/')).map((d) => d.message)).to.deep.equal([]);
  },
});
