/**
 * For the tests of the <network> rules: a network document builder and a RuleTester whose every case
 * is also linted by the whole pipeline (like helpers.ts's ruleTester), without writing the documents
 * for the rules' domain oracle tier (test/oracle/libvirt-rules asks `domxml-to-native` about them;
 * network documents are judged by net-define in test/oracle/network-define.test.ts, which sets
 * VIRTLINT_NETWORK_DUMP to a directory to collect every case's document there).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { lintText } from '../../src/linter/lint.js';
import { RuleTester } from '../../src/rule-tester.js';
import type { Diagnostic } from '../../src/types.js';

/** A `<network>` named `name` with this body (the elements after `<name>`), indented as libvirt writes it. */
export const network = (body: string, name = 'net14-test'): string => `<network>\n  <name>${name}</name>\n  ${body}\n</network>\n`;

/** An `<ip>` with a DHCP section holding `dhcp`. */
export const ipWithDhcp = (attrs: string, dhcp: string): string => `<ip ${attrs}>\n    <dhcp>\n      ${dhcp}\n    </dhcp>\n  </ip>`;

export const networkRuleTester = new RuleTester({
  async afterCase(code, alone, rule) {
    const dump = process.env.VIRTLINT_NETWORK_DUMP;
    if (dump) {
      fs.mkdirSync(dump, { recursive: true });
      fs.writeFileSync(path.join(dump, `${rule.meta.id}-${createHash('sha1').update(code).digest('hex').slice(0, 12)}.xml`), code);
    }
    const all = (await lintText(code, { filePath: 'network.xml' })).diagnostics;
    expect(all.filter((d) => d.ruleId === 'virtlint/rule-crashed')).to.deep.equal([]);
    const at = (d: Diagnostic): string => `${d.severity} ${d.range.start.line}:${d.range.start.column}`;
    // The pipeline reports what the rule reported alone: it runs network rules on <network> documents.
    expect(all.filter((d) => d.ruleId === rule.meta.id).map(at)).to.deep.equal(alone.map(at));
    // Every case is a document the grammar takes: the rules judge what the schema lets through.
    expect(all.filter((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/')).map((d) => d.message)).to.deep.equal([]);
  },
});
