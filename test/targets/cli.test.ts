import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, spawnCli } from '../cli/run-cli.js';
import { tempDir, writeTree } from '../cli/tmp.js';
import { EXAMPLES } from '../helpers/paths.js';

const SEED_FILE = path.join(EXAMPLES, 'seed-disk-ioeventfd.xml');
const SEED = fs.readFileSync(SEED_FILE, 'utf8');

/** The json format (ESLint's shape): severity 1 is a warning, 2 an error. */
interface JsonResult {
  messages: { ruleId: string; severity: 1 | 2; message: string; line: number }[];
}
const findings = (stdout: string): JsonResult['messages'] =>
  (JSON.parse(stdout) as JsonResult[]).flatMap((r) => r.messages).filter((d) => d.ruleId === 'requires-newer-libvirt');

describe('targets: --target and settings.target', () => {
  it('the seed case from the command line: libvirt@0.9.2 flags ioeventfd, 0.9.3 does not (and 0.9.11 runs the whole document)', () => {
    // A real process: the bundled CLI must find schemas/versions too.
    const old = spawnCli(['--no-config', '--target', 'libvirt@0.9.2', SEED_FILE]);
    expect(old.code, old.stderr).to.equal(1);
    expect(old.stdout).to.include('`<driver ioeventfd>` needs libvirt ≥ 0.9.3; the target is 0.9.2');
    expect(old.stdout).to.include('requires-newer-libvirt');
    const now = spawnCli(['--no-config', '--target', 'libvirt@0.9.3', SEED_FILE]);
    expect(now.stdout).to.not.include('ioeventfd>` needs');
    // The document as libvirt's test suite has it today also carries a <graphics><listen> child,
    // which libvirt 0.9.3 did not know yet (0.9.4): that one is reported, and nothing else.
    expect(now.stdout).to.include('`<listen>` needs libvirt ≥ 0.9.4; the target is 0.9.3');
    // Its memory units, vCPU placement and the disk's drive address target came in 0.9.11: reported
    // for 0.9.4, and nothing else.
    const at094 = spawnCli(['--no-config', '--no-probe', '-f', 'json', '--target', 'libvirt@0.9.4', SEED_FILE]);
    expect(findings(at094.stdout).map((d) => d.message)).to.deep.equal([
      '`<memory unit>` needs libvirt ≥ 0.9.11; the target is 0.9.4',
      '`<currentMemory unit>` needs libvirt ≥ 0.9.11; the target is 0.9.4',
      '`<vcpu placement>` needs libvirt ≥ 0.9.11; the target is 0.9.4',
      '`<address target>` needs libvirt ≥ 0.9.11; the target is 0.9.4',
    ]);
    const at0911 = spawnCli(['--no-config', '--no-probe', '--target', 'libvirt@0.9.11', SEED_FILE]);
    expect(at0911.code, at0911.stdout + at0911.stderr).to.equal(0);
  });

  it('is repeatable: the oldest libvirt target binds, a QEMU target checks QEMU versions', async () => {
    const dir = tempDir();
    writeTree(dir, { 'vm.xml': SEED.replace("<driver name='qemu' type='qcow2' ioeventfd='on'/>", "<driver name='qemu' type='qcow2' io='io_uring'/>") });
    const file = path.join(dir, 'vm.xml');
    const both = await runCli(['--no-config', '-f', 'json', '--target', 'libvirt@9.0.0', '--target', 'libvirt@6.0.0', file]);
    expect(findings(both.stdout).map((d) => d.message)).to.deep.equal(["`<driver io='io_uring'>` needs libvirt ≥ 6.3.0; the target is 6.0.0"]);
    const qemu = await runCli(['--no-config', '-f', 'json', '--target', 'libvirt@9.0.0', '--target', 'qemu@4.2', file]);
    expect(findings(qemu.stdout).map((d) => d.message)).to.deep.equal(["`<driver io='io_uring'>` needs QEMU ≥ 5.0; the target is QEMU 4.2"]);
  });

  it('is a built-in id: listed by --list-rules, set off with --rule, its findings linked to its docs page', async () => {
    const list = await runCli(['--list-rules']);
    expect(list.stdout).to.match(/^requires-newer-libvirt +error +With --target: /m);
    const json = await runCli(['--no-config', '--no-probe', '-f', 'json', '--target', 'libvirt@0.9.2', SEED_FILE]);
    const urls = new Set((JSON.parse(json.stdout) as { messages: { ruleId: string; docsUrl?: string }[] }[]).flatMap((r) => r.messages).filter((m) => m.ruleId === 'requires-newer-libvirt').map((m) => m.docsUrl));
    expect([...urls]).to.have.length(1);
    const page = [...urls][0] as string;
    expect(page).to.match(/\/docs\/rules\/requires-newer-libvirt\.md$/);
    expect(fs.existsSync(path.join(EXAMPLES, '..', 'docs', 'rules', 'requires-newer-libvirt.md'))).to.equal(true);
    const off = await runCli(['--no-config', '--no-probe', '-f', 'json', '--target', 'libvirt@0.9.2', '--rule', 'requires-newer-libvirt:off', SEED_FILE]);
    expect(findings(off.stdout)).to.deep.equal([]);
  });

  it('networks, storage pools and volumes beside the domains get the ladder\'s findings from the bundled CLI', () => {
    const dir = tempDir();
    writeTree(dir, {
      'vm.xml': SEED,
      'net.xml': "<network>\n  <name>lan</name>\n  <bridge name='virbr9' zone='trusted'/>\n  <mtu size='9000'/>\n  <ip address='192.168.150.1' netmask='255.255.255.0'/>\n</network>\n",
      'pool.xml': "<pool type='dir'>\n  <name>images</name>\n  <features><cow state='no'/></features>\n  <target><path>/var/lib/libvirt/images</path></target>\n</pool>\n",
      'vol.xml': "<volume>\n  <name>data.qcow2</name>\n  <capacity unit='G'>20</capacity>\n  <target>\n    <format type='qcow2'/>\n    <clusterSize unit='KiB'>64</clusterSize>\n    <features><extended_l2/></features>\n  </target>\n</volume>\n",
    });
    const byFile = (stdout: string): Record<string, string[]> =>
      Object.fromEntries((JSON.parse(stdout) as (JsonResult & { filePath: string })[]).map((r) => [path.basename(r.filePath), r.messages.filter((m) => m.ruleId === 'requires-newer-libvirt').map((m) => `${m.line}: ${m.message}`)]));
    const at4 = spawnCli(['--no-config', '--no-probe', '-f', 'json', '--target', 'libvirt@4.0.0', dir]);
    const found = byFile(at4.stdout);
    // Documented releases (schemas/versions/network.json, storage.json), else the ladder's bound.
    expect(found['net.xml'], at4.stderr).to.deep.equal(['3: `<bridge zone>` needs libvirt ≥ 5.1.0; the target is 4.0.0']);
    expect(found['pool.xml']).to.deep.equal(['3: `<features>` needs libvirt ≥ 6.6.0; the target is 4.0.0']);
    expect(found['vol.xml']).to.deep.equal(['6: `<clusterSize>` needs libvirt ≥ 7.4.0; the target is 4.0.0', "7: `<extended_l2>` is not in libvirt 7.0.0's schema (it is in 8.0.0's); the target is 4.0.0"]);
    expect(found['vm.xml']).to.deep.equal([]);
    const at1 = byFile(spawnCli(['--no-config', '--no-probe', '-f', 'json', '--target', 'libvirt@1.3.1', path.join(dir, 'net.xml')]).stdout);
    expect(at1['net.xml']).to.deep.equal(['3: `<bridge zone>` needs libvirt ≥ 5.1.0; the target is 1.3.1', '4: `<mtu>` needs libvirt ≥ 3.1.0; the target is 1.3.1']);
    const at8 = spawnCli(['--no-config', '--no-probe', '-f', 'json', '--target', 'libvirt@8.0.0', path.join(dir, 'net.xml'), path.join(dir, 'pool.xml'), path.join(dir, 'vol.xml')]);
    expect(at8.code, at8.stdout + at8.stderr).to.equal(0);
  });

  it('interface, snapshot and checkpoint documents get the ladder\'s and the table\'s findings from the bundled CLI; inside a snapshot\'s or checkpoint\'s <domain> the domain\'s', () => {
    const dir = tempDir();
    const guest = "<domain type='kvm'>\n    <name>vm1</name>\n    <memory unit='GiB'>2</memory>\n    <os><type arch='x86_64'>hvm</type></os>\n    <devices>\n      <interface type='network'><source network='default'/><model type='virtio'/><driver queues='4' rss='on'/></interface>\n    </devices>\n  </domain>";
    writeTree(dir, {
      'vm.xml': `${guest.replace(/\n {2}/g, '\n')}\n`,
      'br0.xml': "<interface type='bridge' name='br0'>\n  <start mode='onboot'/>\n  <bridge stp='off'>\n    <interface type='ethernet' name='eth0'/>\n  </bridge>\n</interface>\n",
      'snap.xml': `<domainsnapshot>\n  <name>s1</name>\n  <disks>\n    <disk name='vda' snapshot='manual'/>\n  </disks>\n  <cookie/>\n  ${guest}\n</domainsnapshot>\n`,
      'ckpt.xml': `<domaincheckpoint>\n  <name>c1</name>\n  <disks>\n    <disk name='vda' checkpoint='bitmap'/>\n  </disks>\n  ${guest}\n</domaincheckpoint>\n`,
    });
    const byFile = (stdout: string): Record<string, string[]> =>
      Object.fromEntries((JSON.parse(stdout) as (JsonResult & { filePath: string })[]).map((r) => [path.basename(r.filePath), r.messages.filter((m) => m.ruleId === 'requires-newer-libvirt').map((m) => `${m.line}: ${m.message}`)]));
    const at8 = spawnCli(['--no-config', '--no-probe', '-f', 'json', '--target', 'libvirt@8.0.0', dir]);
    const found = byFile(at8.stdout);
    // <driver rss>: formatdomain dates it 8.3.0, inside a snapshot's or checkpoint's <domain> too.
    expect(found['vm.xml'], at8.stderr).to.deep.equal(['6: `<driver rss>` needs libvirt ≥ 8.3.0; the target is 8.0.0']);
    expect(found['snap.xml']).to.deep.equal(["4: `<disk snapshot='manual'>` needs libvirt ≥ 8.2.0; the target is 8.0.0", '12: `<driver rss>` needs libvirt ≥ 8.3.0; the target is 8.0.0']);
    expect(found['ckpt.xml']).to.deep.equal(['11: `<driver rss>` needs libvirt ≥ 8.3.0; the target is 8.0.0']);
    expect(found['br0.xml'], 'every item of the interface grammar is in 1.3.1\'s schema').to.deep.equal([]);
    // Before checkpoints (5.6.0) the document itself is reported, once; a snapshot's <cookie> is not in 1.3.1's schema.
    const at4 = byFile(spawnCli(['--no-config', '--no-probe', '-f', 'json', '--target', 'libvirt@1.3.1', path.join(dir, 'ckpt.xml'), path.join(dir, 'snap.xml')]).stdout);
    expect(at4['ckpt.xml']).to.deep.equal(['1: `<domaincheckpoint>` needs libvirt ≥ 5.6.0; the target is 1.3.1']);
    expect(at4['snap.xml']).to.deep.equal([
      "4: `<disk snapshot='manual'>` needs libvirt ≥ 8.2.0; the target is 1.3.1",
      "6: `<cookie>` is not in libvirt 1.3.1's schema (it is in 4.0.0's); the target is 1.3.1",
      '12: `<driver rss>` needs libvirt ≥ 8.3.0; the target is 1.3.1',
    ]);
    const at9 = spawnCli(['--no-config', '--no-probe', '-f', 'json', '--target', 'libvirt@9.0.0', dir]);
    expect(byFile(at9.stdout), at9.stderr).to.deep.equal({ 'br0.xml': [], 'ckpt.xml': [], 'snap.xml': [], 'vm.xml': [] });
    expect(at9.code, at9.stdout).to.equal(0);
  });

  it('a bad target is a usage error (exit 2) that says what is expected', async () => {
    const r = await runCli(['--no-config', '--target', 'libvirt@eight', SEED_FILE]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/--target: target 'libvirt@eight': 'eight' is not a version number; expected libvirt@X\.Y\.Z or qemu@X\.Y/);
  });

  it('settings.target in the configuration, with the rule id configurable like a rule', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'vm.xml': SEED,
      'virtlint.config.json': JSON.stringify([{ settings: { target: 'libvirt@0.9.2' }, rules: { 'requires-newer-libvirt': 'warn' } }]),
    });
    const r = await runCli(['-f', 'json', path.join(dir, 'vm.xml')], { cwd: dir });
    const f = findings(r.stdout);
    expect(f.length).to.be.greaterThan(0);
    expect(f.every((d) => d.severity === 1)).to.equal(true);
    // --target wins over the configuration, like other flags.
    const flag = await runCli(['-f', 'json', '--target', 'libvirt@9.0.0', path.join(dir, 'vm.xml')], { cwd: dir });
    expect(findings(flag.stdout)).to.deep.equal([]);
    const printed = await runCli(['--print-config', path.join(dir, 'vm.xml')], { cwd: dir });
    const cfg = JSON.parse(printed.stdout) as { rules: Record<string, unknown>; settings: Record<string, unknown> };
    expect(cfg.rules['requires-newer-libvirt']).to.equal('warn');
    expect(cfg.settings.target).to.deep.equal(['libvirt@0.9.2']);
  });

  it('a bad settings.target or options on the rule id are configuration errors', async () => {
    const dir = tempDir();
    writeTree(dir, { 'vm.xml': SEED, 'virtlint.config.json': JSON.stringify([{ settings: { target: ['libvirt@8.0.0', 'hyperv@1'] } }]) });
    const r = await runCli([path.join(dir, 'vm.xml')], { cwd: dir });
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/settings\.target: target 'hyperv@1': unknown product 'hyperv'/);
    writeTree(dir, { 'virtlint.config.json': JSON.stringify([{ rules: { 'requires-newer-libvirt': ['warn', { x: 1 }] } }]) });
    const o = await runCli([path.join(dir, 'vm.xml')], { cwd: dir });
    expect(o.code).to.equal(2);
    expect(o.stderr).to.match(/'requires-newer-libvirt' takes no options/);
  });

  it('reaches worker threads and keys the result cache (a different target is not served from the cache)', () => {
    const dir = tempDir();
    writeTree(dir, { 'a.xml': SEED, 'b.xml': SEED, 'c.xml': SEED, 'd.xml': SEED });
    const count = (stdout: string): number[] =>
      (JSON.parse(stdout) as JsonResult[]).map((r) => r.messages.filter((m) => m.ruleId === 'requires-newer-libvirt' && m.message.includes('ioeventfd')).length);
    const base = ['--no-config', '--no-probe', '--concurrency', '2', '--cache', '--cache-location', path.join(dir, '.cache'), '-f', 'json'];
    const old = spawnCli([...base, '--target', 'libvirt@0.9.2', dir]);
    expect(count(old.stdout), old.stderr).to.deep.equal([2, 2, 2, 2]); // the disk's and the NIC's ioeventfd
    const now = spawnCli([...base, '--target', 'libvirt@9.0.0', dir]);
    expect(count(now.stdout), now.stderr).to.deep.equal([0, 0, 0, 0]);
  });
});
