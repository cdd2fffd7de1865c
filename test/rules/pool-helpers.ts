/**
 * For the tests of the storage <pool> rules: pool document builders and a RuleTester whose every case
 * is also linted by the whole pipeline (like network-helpers.ts), without writing the documents for the
 * domain oracle tier; pool documents are judged by pool-define in test/oracle/pool-define.test.ts, which
 * sets VIRTLINT_POOL_DUMP to a directory to collect every case's document there.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { lintText } from '../../src/linter/lint.js';
import { RuleTester } from '../../src/rule-tester.js';
import type { Diagnostic } from '../../src/types.js';

/** A `<pool type>` named `name` with this body (the elements after `<name>`), indented as libvirt writes it. */
export const pool = (type: string, body: string, name = 'pool14-test'): string => `<pool type='${type}'>\n  <name>${name}</name>\n  ${body}\n</pool>\n`;

/** A dir pool whose target has these `<permissions>` children. */
export const dirWithPermissions = (permissions: string): string => pool('dir', `<target>\n    <path>/var/lib/pool14</path>\n    <permissions>\n      ${permissions}\n    </permissions>\n  </target>`);

/** A scsi pool with this `<adapter>`. */
export const scsiWithAdapter = (adapter: string): string => pool('scsi', `<source>\n    ${adapter}\n  </source>\n  <target>\n    <path>/dev/disk/by-path</path>\n  </target>`);

export const poolRuleTester = new RuleTester({
  async afterCase(code, alone, rule) {
    const dump = process.env.VIRTLINT_POOL_DUMP;
    if (dump) {
      fs.mkdirSync(dump, { recursive: true });
      fs.writeFileSync(path.join(dump, `${rule.meta.id}-${createHash('sha1').update(code).digest('hex').slice(0, 12)}.xml`), code);
    }
    const all = (await lintText(code, { filePath: 'pool.xml' })).diagnostics;
    expect(all.filter((d) => d.ruleId === 'virtlint/rule-crashed')).to.deep.equal([]);
    const at = (d: Diagnostic): string => `${d.severity} ${d.range.start.line}:${d.range.start.column}`;
    // The pipeline reports what the rule reported alone: it runs pool rules on <pool> documents.
    expect(all.filter((d) => d.ruleId === rule.meta.id).map(at)).to.deep.equal(alone.map(at));
    // Every case is a document the grammar takes: the rules judge what the schema lets through.
    expect(all.filter((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/')).map((d) => d.message)).to.deep.equal([]);
  },
});
