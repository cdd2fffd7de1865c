/**
 * lintText decides once per rule set and settings object which rules run and how (levels, options,
 * aliases, the ids a disable comment may name), not per document. Documents linted with the same
 * settings must still each get exactly what fresh settings would give them, and other settings
 * (or another rule set) their own plan.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { lintText, type RuleSetting } from '../../src/linter/lint.js';
import { RULES } from '../../rules/index.js';
import type { LintResult } from '../../src/types.js';
import { EXAMPLES } from '../helpers/paths.js';

const SEED = fs.readFileSync(path.join(EXAMPLES, 'seed-disk-ioeventfd.xml'), 'utf8');
// An IDE disk with ioeventfd (ioeventfd-requires-virtio), and a disable comment naming a rule that does not exist.
const IDE = SEED.replace("<target dev='vda' bus='virtio'/>", "<target dev='hda' bus='ide'/>")
  .replace("<address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>\n    </disk>", '</disk>')
  .replace('<devices>', '<devices>\n    <!-- virtlint-disable-next-line no-such-rule -->');
const view = (r: LintResult): string[] => r.diagnostics.map((d) => `${d.ruleId}:${d.severity}:${d.range.start.line}`);

describe('pipeline: rule plans are per configuration, results per document', () => {
  it('gives each document with shared settings what fresh settings give it, in any order', async () => {
    const settings: Record<string, RuleSetting> = { 'ioeventfd-requires-virtio': 'warn', 'vnc-port-range': 'off' };
    const fresh = async (text: string): Promise<string[]> => view(await lintText(text, { rules: { ...settings } }));
    const expected = [await fresh(IDE), await fresh(SEED)];
    const driverLine = IDE.split('\n').findIndex((l) => l.includes('ioeventfd=')) + 1;
    expect(expected[0]).to.include.members([`ioeventfd-requires-virtio:warning:${driverLine}`]);
    expect(expected[0]!.some((d) => d.startsWith('virtlint/unused-disable'))).to.equal(true);
    for (let i = 0; i < 3; i++) {
      expect(view(await lintText(IDE, { rules: settings }))).to.deep.equal(expected[0]);
      expect(view(await lintText(SEED, { rules: settings }))).to.deep.equal(expected[1]);
    }
  });

  it('follows other settings objects and other rule sets, aliases included', async () => {
    const on = view(await lintText(IDE, { rules: {} }));
    const off = view(await lintText(IDE, { rules: { 'ioeventfd-requires-virtio': 'off' } }));
    expect(on.some((d) => d.startsWith('ioeventfd-requires-virtio:error'))).to.equal(true);
    expect(off.some((d) => d.startsWith('ioeventfd-requires-virtio'))).to.equal(false);
    // An alias expands to its parts through the plan as well: disk-lun-rules off turns disk-lun-bus off.
    const lun = IDE.replace("device='disk'", "device='lun'");
    const lunOn = view(await lintText(lun, {}));
    const lunOff = view(await lintText(lun, { rules: { 'disk-lun-rules': 'off' } }));
    expect(lunOn.some((d) => d.startsWith('disk-lun-bus'))).to.equal(true);
    expect(lunOff.some((d) => d.startsWith('disk-lun-'))).to.equal(false);
    // A rule set without the rule: it does not run, and its id is no longer one a comment may name.
    const without = RULES.filter((r) => r.meta.id !== 'ioeventfd-requires-virtio');
    const naming = IDE.replace('no-such-rule', 'ioeventfd-requires-virtio');
    const unknown = async (ruleSet: typeof RULES): Promise<string[]> =>
      (await lintText(naming, { ruleSet })).diagnostics.filter((d) => d.message.includes('not a virtlint rule')).map((d) => d.message);
    expect(view(await lintText(naming, { ruleSet: without })).some((d) => d.startsWith('ioeventfd-requires-virtio'))).to.equal(false);
    expect(await unknown(without)).to.have.length(1);
    expect(await unknown(RULES)).to.deep.equal([]);
    expect(view(await lintText(IDE, {}))).to.deep.equal(on);
  });
});
