/**
 * For the tests of the storage <volume> rules: volume document builders and a RuleTester whose every
 * case is also linted by the whole pipeline (like pool-helpers.ts); volume documents are judged by
 * `virsh vol-create` into a dir pool in test/oracle/volume-define.test.ts, which sets
 * VIRTLINT_VOLUME_DUMP to a directory to collect every case's document there.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { lintText } from '../../src/linter/lint.js';
import { RuleTester } from '../../src/rule-tester.js';
import type { Diagnostic } from '../../src/types.js';

/** A `<volume>` named `name` with this body (the elements after `<name>`), indented as libvirt writes it. */
export const volume = (body: string, name = 'vol15-test.img'): string => `<volume>\n  <name>${name}</name>\n  ${body}\n</volume>\n`;

/** A one-MiB sparse volume (nothing allocated) whose `<target>` has these children. */
export const volumeWithTarget = (target: string): string => volume(`<capacity unit='MiB'>1</capacity>\n  <allocation>0</allocation>\n  <target>\n    ${target}\n  </target>`);

/** A raw volume whose target has these `<permissions>` children. */
export const volumeWithPermissions = (permissions: string): string => volumeWithTarget(`<format type='raw'/>\n    <permissions>\n      ${permissions}\n    </permissions>`);

export const volumeRuleTester = new RuleTester({
  async afterCase(code, alone, rule) {
    const dump = process.env.VIRTLINT_VOLUME_DUMP;
    if (dump) {
      fs.mkdirSync(dump, { recursive: true });
      fs.writeFileSync(path.join(dump, `${rule.meta.id}-${createHash('sha1').update(code).digest('hex').slice(0, 12)}.xml`), code);
    }
    const all = (await lintText(code, { filePath: 'volume.xml' })).diagnostics;
    expect(all.filter((d) => d.ruleId === 'virtlint/rule-crashed')).to.deep.equal([]);
    const at = (d: Diagnostic): string => `${d.severity} ${d.range.start.line}:${d.range.start.column}`;
    // The pipeline reports what the rule reported alone: it runs volume rules on <volume> documents.
    expect(all.filter((d) => d.ruleId === rule.meta.id).map(at)).to.deep.equal(alone.map(at));
    // Every case is a document the grammar takes: the rules judge what the schema lets through.
    expect(all.filter((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/')).map((d) => d.message)).to.deep.equal([]);
  },
});
