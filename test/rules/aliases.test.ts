/**
 * The old umbrella ids (rules/aliases.ts) through the whole pipeline: each alias's parts together
 * report what the umbrella rule reported on its former test documents (the umbrella tests'
 * expectations, kept here verbatim), and setting or disabling an alias applies to all its parts.
 */
import { expect } from 'chai';
import { expandRuleAliases, RULE_ALIASES, RULES_BY_ID } from '../../rules/index.js';
import { lintText, type RuleSetting } from '../../src/linter/lint.js';
import { addDevices, edit, pos, SEED } from './helpers.js';

interface Expected {
  readonly severity: 'error' | 'warning';
  readonly near: string;
}
interface UmbrellaCase {
  readonly name: string;
  readonly code: string;
  readonly errors: readonly Expected[];
}

const CUR = "<currentMemory unit='KiB'>1048576</currentMemory>";
const SHARED = "<vcpu placement='static'>1</vcpu><memoryBacking><access mode='shared'/></memoryBacking>";
const VGA = "<model type='vga' vram='9216' heads='1'/>";

/** The umbrella rules' former tests: valid cases have no errors. */
const UMBRELLA_CASES: Readonly<Record<string, readonly UmbrellaCase[]>> = {
  'disk-lun-rules': [
    { name: 'accepts a block lun on virtio-scsi', code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun' rawio='yes'><driver name='qemu' type='raw'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/></disk>"), errors: [] },
    {
      name: 'errs on a lun on IDE',
      code: edit(SEED, ["<disk type='file' device='cdrom'>", "<disk type='block' device='lun'>"], ["<source file='/var/lib/libvirt/Fedora-14-x86_64-Live-KDE.iso'/>", "<source dev='/dev/sdb'/>"], ['<readonly/>', '']),
      errors: [{ severity: 'error', near: "<target dev='hdc' bus='|ide'/>" }],
    },
    { name: 'errs on a lun backed by a file', code: edit(SEED, ["<disk type='file' device='disk'>", "<disk type='file' device='lun'>"], ["type='qcow2' ioeventfd='on'", "type='raw'"]), errors: [{ severity: 'error', near: "<disk type='|file' device='lun'>" }] },
    {
      name: 'errs on rawio and sgio on an ordinary disk',
      code: edit(SEED, ["<disk type='file' device='disk'>", "<disk type='file' device='disk' rawio='yes' sgio='filtered'>"]),
      errors: [{ severity: 'error', near: "|rawio='yes'" }, { severity: 'error', near: "|sgio='filtered'" }],
    },
    {
      name: 'errs on a qcow2 lun, and on wwn and serial on a SCSI lun',
      code: addDevices(SEED, "<controller type='scsi' model='virtio-scsi'/><disk type='block' device='lun'><driver name='qemu' type='qcow2'/><source dev='/dev/sdb'/><target dev='sda' bus='scsi'/><serial>abc</serial><wwn>5000c50015ea71ac</wwn></disk>"),
      errors: [{ severity: 'error', near: "type='|qcow2'/><source dev='/dev/sdb'" }, { severity: 'error', near: '<serial>|abc' }, { severity: 'error', near: '<wwn>|5000' }],
    },
  ],
  'memory-size-rules': [
    { name: 'compares sizes across units (2)', code: edit(SEED, [CUR, `<maxMemory slots='4' unit='GiB'>1</maxMemory>${CUR}`]), errors: [] },
    { name: 'errs on maxMemory below memory (1)', code: edit(SEED, [CUR, `<maxMemory slots='4' unit='KiB'>524288</maxMemory>${CUR}`]), errors: [{ severity: 'error', near: "unit='KiB'>|524288" }] },
    { name: 'errs on maxMemory without slots (2)', code: edit(SEED, [CUR, `<maxMemory unit='KiB'>4194304</maxMemory>${CUR}`]), errors: [{ severity: 'error', near: '<|maxMemory' }] },
    { name: 'compares sizes across units (1)', code: edit(SEED, [CUR, `<maxMemory slots='4' unit='MiB'>512</maxMemory>${CUR}`]), errors: [{ severity: 'error', near: "unit='MiB'>|512" }] },
    {
      name: 'warns on currentMemory above memory and errs on min_guarantee',
      code: edit(SEED, [CUR, "<currentMemory unit='GiB'>2</currentMemory><memtune><min_guarantee>1000</min_guarantee></memtune>"]),
      errors: [{ severity: 'warning', near: "unit='GiB'>|2" }, { severity: 'error', near: '<|min_guarantee>' }],
    },
  ],
  'filesystem-rules': [
    { name: 'accepts a read-only 9p share with mapped access and fmode', code: addDevices(SEED, "<filesystem type='mount' accessmode='mapped' fmode='644'><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>"), errors: [] },
    { name: 'accepts a plain virtiofs share', code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' accessmode='passthrough'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/></filesystem>"), errors: [] },
    {
      name: "errs on type='file' and on fmode without mapped access",
      code: addDevices(SEED, "<filesystem type='file' accessmode='passthrough'><source file='/tmp/x.img'/><target dir='a'/></filesystem><filesystem type='mount' accessmode='passthrough' fmode='644'><source dir='/tmp'/><target dir='b'/></filesystem>"),
      errors: [{ severity: 'error', near: "<filesystem type='|file'" }, { severity: 'error', near: "|fmode='644'" }],
    },
    {
      name: 'errs on read-only virtiofs and on virtiofs with mapped access',
      code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), "<filesystem type='mount' accessmode='mapped'><driver type='virtiofs'/><source dir='/tmp'/><target dir='a'/><readonly/></filesystem>"),
      errors: [{ severity: 'error', near: "accessmode='|mapped'" }, { severity: 'error', near: '<|readonly/></filesystem>' }],
    },
  ],
  'video-count-rules': [
    { name: 'accepts a secondary qxl or virtio display', code: addDevices(SEED, "<video><model type='qxl' heads='2'/></video><video><model type='virtio'/></video>"), errors: [] },
    { name: "errs on model 'none' next to another video", code: addDevices(SEED, "<video><model type='none'/></video>"), errors: [{ severity: 'error', near: "<model type='|none'" }] },
    {
      name: 'errs on two primary videos',
      code: addDevices(edit(SEED, [VGA, "<model type='vga' vram='9216' heads='1' primary='yes'/>"]), "<video><model type='qxl' primary='yes'/></video>"),
      errors: [{ severity: 'error', near: "|primary='yes'/></video>" }],
    },
    {
      name: 'errs on a secondary vga and on heads=2 for vga',
      code: addDevices(edit(SEED, [VGA, "<model type='vga' vram='9216' heads='2'/>"]), "<video><model type='vga'/></video>"),
      errors: [{ severity: 'error', near: "heads='|2'" }, { severity: 'error', near: "<video><model type='|vga'/>" }],
    },
  ],
};

/** Severity and "line:column" of the findings of an alias's parts, in document order. */
async function partFindings(code: string, alias: string, rules?: Record<string, RuleSetting>): Promise<string[]> {
  const parts = RULE_ALIASES.get(alias) ?? [];
  const result = await lintText(code, { filePath: 'test.xml', ...(rules ? { rules } : {}) });
  expect(result.diagnostics.filter((d) => d.ruleId === 'virtlint/rule-crashed')).to.deep.equal([]);
  return result.diagnostics.filter((d) => parts.includes(d.ruleId)).map((d) => `${d.severity} ${d.range.start.line}:${d.range.start.column}`);
}

describe('rule aliases (the old umbrella ids)', () => {
  it('name only existing rules, are not rules themselves, and each rule is the part of one alias at most', () => {
    const parts = [...RULE_ALIASES.values()].flat();
    expect(parts.filter((p) => !RULES_BY_ID.has(p))).to.deep.equal([]);
    expect([...RULE_ALIASES.keys()].filter((a) => RULES_BY_ID.has(a))).to.deep.equal([]);
    expect(new Set(parts).size).to.equal(parts.length);
    expect([...RULE_ALIASES.keys()]).to.deep.equal(['disk-lun-rules', 'filesystem-rules', 'memory-size-rules', 'video-count-rules']);
  });

  it('expand to their parts; a part named in the same settings wins over its alias, whatever the key order', () => {
    expect(expandRuleAliases({ 'video-count-rules': 'warn', 'disk-target-unique': 'off' })).to.deep.equal({
      'video-heads-model': 'warn',
      'video-none-alone': 'warn',
      'video-primary-unique': 'warn',
      'video-secondary-model': 'warn',
      'disk-target-unique': 'off',
    });
    expect(expandRuleAliases({ 'video-none-alone': 'error', 'video-count-rules': 'off' })['video-none-alone']).to.equal('error');
    expect(expandRuleAliases({ 'video-count-rules': 'off', 'video-none-alone': 'error' })['video-none-alone']).to.equal('error');
  });

  for (const [alias, cases] of Object.entries(UMBRELLA_CASES)) {
    describe(alias, () => {
      for (const c of cases) {
        const expected = c.errors.map((e) => `${e.severity} ${pos(c.code, e.near)}`);
        it(`${c.name}: its parts together report what ${alias} reported`, async () => {
          expect(await partFindings(c.code, alias)).to.deep.equal(expected);
        });
        if (c.errors.length === 0) continue;
        it(`${c.name}: '${alias}': 'off' silences every part, 'warn' turns every part into a warning`, async () => {
          expect(await partFindings(c.code, alias, { [alias]: 'off' })).to.deep.equal([]);
          expect(await partFindings(c.code, alias, { [alias]: 'warn' })).to.deep.equal(expected.map((e) => e.replace(/^\w+/, 'warning')));
        });
        it(`${c.name}: virtlint-disable-file ${alias} disables every part and is used`, async () => {
          const result = await lintText(c.code.replace('<domain', `<!-- virtlint-disable-file ${alias} -->\n<domain`), { filePath: 'test.xml' });
          const parts = RULE_ALIASES.get(alias) ?? [];
          expect(result.diagnostics.filter((d) => parts.includes(d.ruleId) || d.ruleId === 'virtlint/unused-disable').map((d) => d.ruleId)).to.deep.equal([]);
        });
      }
    });
  }

  it('a part can be configured alone, also against its alias', async () => {
    const [, , , , both] = UMBRELLA_CASES['disk-lun-rules'] as UmbrellaCase[];
    const code = (both as UmbrellaCase).code;
    const ids = async (rules: Record<string, RuleSetting>): Promise<string[]> =>
      (await lintText(code, { filePath: 'test.xml', rules })).diagnostics.filter((d) => d.ruleId.startsWith('disk-lun')).map((d) => `${d.ruleId} ${d.severity}`);
    expect(await ids({ 'disk-lun-identity': 'off' })).to.deep.equal(['disk-lun-format-raw error']);
    expect(await ids({ 'disk-lun-rules': 'off', 'disk-lun-identity': 'warn' })).to.deep.equal(['disk-lun-identity warning', 'disk-lun-identity warning']);
  });

  it('a disable comment naming an alias is reported as unused only when none of its parts reported there', async () => {
    const [, , , rawio] = UMBRELLA_CASES['disk-lun-rules'] as UmbrellaCase[];
    const code = (rawio as UmbrellaCase).code;
    const line = "<disk type='file' device='disk' rawio='yes' sgio='filtered'>";
    const lint = async (comment: string): Promise<string[]> =>
      (await lintText(code.replace(line, `${comment}\n    ${line}`), { filePath: 'test.xml' })).diagnostics.filter((d) => /^disk-|virtlint\//.test(d.ruleId)).map((d) => `${d.ruleId}: ${d.message}`);
    expect(await lint('<!-- virtlint-disable-next-line disk-lun-rules -->')).to.deep.equal([]);
    expect(await lint('<!-- virtlint-disable-next-line disk-lun-rules, video-count-rules -->')).to.deep.equal([
      "virtlint/unused-disable: Unused virtlint-disable-next-line comment: 'video-count-rules' reported no problem here",
    ]);
    // A block: disable … enable naming the alias covers every part in between.
    const block = code.replace('<devices>', '<devices>\n<!-- virtlint-disable disk-lun-rules -->').replace('</devices>', '<!-- virtlint-enable disk-lun-rules -->\n</devices>');
    const blockIds = (await lintText(block, { filePath: 'test.xml' })).diagnostics.map((d) => d.ruleId);
    expect(blockIds.filter((id) => id.startsWith('disk-rawio') || id === 'virtlint/unused-disable')).to.deep.equal([]);
    // Enabling one part inside an alias's block brings back that part only.
    const partly = code.replace('<devices>', '<devices>\n<!-- virtlint-disable disk-lun-rules -->\n<!-- virtlint-enable disk-rawio-sgio-requires-lun -->');
    const partlyIds = (await lintText(partly, { filePath: 'test.xml' })).diagnostics.map((d) => d.ruleId);
    expect(partlyIds.filter((id) => id === 'disk-rawio-sgio-requires-lun')).to.have.length(2);
  });
});
