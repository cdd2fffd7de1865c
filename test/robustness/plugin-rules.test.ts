import { expect } from 'chai';
import { lintText, type Rule, ruleSetWithPlugins } from '../../src/index.js';
import type { Diagnostic } from '../../src/types.js';
import { cli, report, Scratch } from '../hardening/trust-helpers.js';

/**
 * Red team: plugin rules that misbehave. A plugin is code virtlint does not control; whatever its
 * rule does wrong is that rule's crash (virtlint/rule-crashed, naming the plugin) and nothing more:
 * the other rules' findings stay, the other rules see the model as it was read, nothing it reports
 * lies about where it is, and the process goes on.
 */

/** Two disks (vdb before vda in the document), one NIC, and a duplicated target for a built-in finding. */
const DOC = `<domain type='kvm'>
  <name>victim</name>
  <memory unit='MiB'>512</memory>
  <os><type arch='x86_64' machine='q35'>hvm</type></os>
  <devices>
    <disk type='file' device='disk'><source file='/b.img'/><target dev='vdb' bus='virtio'/></disk>
    <disk type='file' device='disk'><source file='/a.img'/><target dev='vda' bus='virtio'/></disk>
    <disk type='file' device='disk'><source file='/c.img'/><target dev='vda' bus='virtio'/></disk>
  </devices>
</domain>
`;

type Check = (domain: any, context: any) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A plugin of one rule `bad/rule` doing `check`, and `watch/after`, which reports what it sees of the model. */
function ruleSet(check: Check): readonly Rule[] {
  return ruleSetWithPlugins({
    bad: { rules: { rule: { meta: { description: 'misbehaves' }, check } } },
    watch: {
      rules: {
        after: {
          meta: { description: 'reports what it sees' },
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          check(domain: any, context: any) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            const disks = domain.devices.disks.map((d: any) => d.target?.dev?.value).join(',');
            context.report({ range: domain.range, message: `name=${String(domain.name?.value)} disks=${disks} all=${domain.devices.all.length}` });
          },
        },
      },
    },
  });
}

const lint = (check: Check): Promise<{ diagnostics: readonly Diagnostic[] }> => lintText(DOC, { ruleSet: ruleSet(check) });
const byRule = (ds: readonly Diagnostic[], id: string): string[] => ds.filter((d) => d.ruleId === id).map((d) => d.message);
const SEEN = ['name=victim disks=vdb,vda,vda all=3'];

describe('red team: plugin rules that misbehave', function () {
  this.timeout(120000);
  const scratch = new Scratch();
  after(() => scratch.cleanup());

  for (const [what, check] of [
    ['assigns a field', (d: { name: unknown }) => void (d.name = undefined)],
    ['sorts a device list in place', (d: { devices: { disks: { target?: { dev?: { value: string } } }[] } }) => void d.devices.disks.sort((a, b) => String(a.target?.dev?.value).localeCompare(String(b.target?.dev?.value)))],
    ['empties a list', (d: { devices: { all: unknown[] } }) => void (d.devices.all.length = 0)],
    ['deletes a field', (d: { name?: unknown }) => void delete d.name],
    ['moves a range', (d: { devices: { disks: { range: { start: { line: number } } }[] } }) => void (d.devices.disks[0]!.range.start.line = 99)],
  ] as const) {
    it(`a rule that ${what}: crashed (the model is read-only), and the rules after it see the model as read`, async () => {
      const r = await lint(check as Check);
      expect(byRule(r.diagnostics, 'watch/after')).to.deep.equal(SEEN);
      const crashed = byRule(r.diagnostics, 'virtlint/rule-crashed');
      expect(crashed).to.have.length(1);
      expect(crashed[0]).to.match(/rule bad\/rule from plugin 'bad': the model is read-only/);
      expect(byRule(r.diagnostics, 'disk-target-unique')).to.have.length(1);
    });
  }

  it('reading the model through every usual path still works (spread, map, filter, entries, JSON, for-of, methods)', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const r = await lint((d: any, context: any) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const sorted = [...d.devices.disks].sort((a: any, b: any) => String(a.target.dev.value).localeCompare(String(b.target.dev.value)));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const devs = sorted.map((x: any) => x.target.dev.value).join(',');
      let n = 0;
      for (const x of d.devices.all) n += x ? 1 : 0;
      const keys = Object.entries(d.devices).length > 0 && Object.keys(d).includes('devices');
      const json = JSON.stringify(d.name.value);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const virtio = d.devices.disks.filter((x: any) => x.target.bus?.value === 'virtio').length;
      context.report({ range: d.devices.disks[1].range, message: `${devs} ${n} ${keys} ${json} ${virtio} ${d.devices.disks.includes(d.devices.disks[2])}`, fix: { description: 'x', edits: [{ start: 0, end: 0, text: '' }] } });
    });
    expect(byRule(r.diagnostics, 'bad/rule')).to.deep.equal(['vda,vda,vdb 3 true "victim" 3 true']);
    expect(byRule(r.diagnostics, 'watch/after')).to.deep.equal(SEEN);
    // What a plugin reports is plain data (it crosses to worker threads and to the editor).
    const reported = r.diagnostics.find((d) => d.ruleId === 'bad/rule')!;
    expect(structuredClone(reported)).to.deep.equal(JSON.parse(JSON.stringify(reported)));
  });

  for (const [what, thrown] of [
    ['null', null],
    ['a string', 'boom'],
    ['a proxy whose every trap throws', new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } })],
    ['an Error whose message getter throws', Object.defineProperty(new Error('x'), 'message', { get: () => { throw new Error('getter'); } })],
  ] as const) {
    it(`a rule that throws ${what}: that rule crashed, every other finding kept (was: the whole document an internal error)`, async () => {
      const r = await lint(() => {
        throw thrown;
      });
      expect(byRule(r.diagnostics, 'virtlint/internal')).to.deep.equal([]);
      expect(byRule(r.diagnostics, 'virtlint/rule-crashed')).to.have.length(1);
      expect(byRule(r.diagnostics, 'virtlint/rule-crashed')[0]).to.match(/rule bad\/rule from plugin 'bad': it threw/);
      expect(byRule(r.diagnostics, 'watch/after')).to.deep.equal(SEEN);
      expect(byRule(r.diagnostics, 'disk-target-unique')).to.have.length(1);
    });
  }

  it('positions whose line or column do not match their offset (negative, huge): refused, never shown', async () => {
    for (const start of [
      { line: -5, column: 1e9, offset: 0 },
      { line: 1, column: 1, offset: 50 },
      { line: 0, column: 0, offset: 0 },
      { line: 3, column: 1.5, offset: 0 },
    ]) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const r = await lint((_d: any, context: any) => context.report({ range: { start, end: start }, message: 'where?' }));
      expect(byRule(r.diagnostics, 'bad/rule'), JSON.stringify(start)).to.deep.equal([]);
      expect(byRule(r.diagnostics, 'virtlint/rule-crashed')[0], JSON.stringify(start)).to.match(/inside the document/);
      for (const d of r.diagnostics) expect(d.range.start.line, `${d.ruleId} ${JSON.stringify(start)}`).to.be.at.least(1);
    }
  });

  it('a plugin changing its report after reporting it (range, message, fix) changes nothing', async () => {
    const edits = [{ start: 0, end: 0, text: '' }];
    const range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const r = await lint((_d: any, context: any) => context.report({ range, message: 'first', fix: { description: 'x', edits } }));
    range.start.offset = 1e9;
    range.start.line = -1;
    edits[0]!.start = -1;
    const d = r.diagnostics.find((x) => x.ruleId === 'bad/rule')!;
    expect(d.range.start).to.deep.equal({ line: 1, column: 1, offset: 0 });
    expect(d.fix!.edits[0]!.start).to.equal(0);
  });

  it('an async check that rejects later: the CLI finishes its run, the rule crashed on each file, no unhandled rejection (was: the process died mid-run)', () => {
    const dir = scratch.repo({
      'virtlint.config.mjs': `export default [{ plugins: { bad: { rules: { rule: { meta: { description: 'async' }, async check() { await null; throw new Error('late'); } } } } }, rules: { 'bad/rule': 'error' } }];`,
      'a.xml': DOC,
      'b.xml': DOC,
    });
    for (const concurrency of ['1', '2']) {
      const run = cli(['--format', 'json', '--no-cache', '--concurrency', concurrency, '.'], { cwd: dir });
      expect(run.status, run.stderr).to.equal(1);
      expect(run.stderr).to.equal('');
      const results = report(run);
      expect(results.map((f) => f.messages.map((m) => m.ruleId).sort())).to.deep.equal([
        ['disk-target-unique', 'virtlint/rule-crashed'],
        ['disk-target-unique', 'virtlint/rule-crashed'],
      ]);
      expect(results[0]!.messages.find((m) => m.ruleId === 'virtlint/rule-crashed')!.message).to.match(/returned a promise/);
    }
  });

  it('a plugin whose getters or proxy traps throw while its rules are read: exit 2 naming the configuration and plugin (was: "internal error")', () => {
    for (const plugin of [
      "{ rules: { r: { meta: { get description() { throw new Error('meta getter'); } }, check() {} } } }",
      "{ rules: new Proxy({}, { ownKeys() { throw new Error('ownKeys trap'); } }) }",
      "{ get rules() { throw new Error('rules getter'); } }",
    ]) {
      const dir = scratch.repo({ 'virtlint.config.mjs': `export default [{ plugins: { p: ${plugin} } }];`, 'vm.xml': DOC });
      const run = cli(['--no-cache', 'vm.xml'], { cwd: dir });
      expect(run.status, plugin).to.equal(2);
      expect(run.stderr, plugin).to.match(/^virtlint: virtlint\.config\.mjs: plugins\.p: the plugin failed while its rules were read: (meta getter|ownKeys trap|rules getter)\n$/);
    }
  });
});
