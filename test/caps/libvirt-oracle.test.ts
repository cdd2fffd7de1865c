import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { probeEmulator } from '../../src/caps/probe.js';
import { loadProfileFile } from '../../src/caps/profile-file.js';
import { CapabilityView } from '../../src/caps/view.js';
import { CAPABILITY_RULES } from '../../rules/registry-capabilities.js';
import { domainXml, QEMU, REAL_QEMU_CAPS_CACHE, requireQemu, runRule, tempDir } from './helpers.js';

/**
 * virtlint's capability verdicts against libvirt 9.0 itself: `virsh domxml-to-native` checks a document
 * against the capabilities of the binary in <emulator> without starting anything.
 */

const VIRSH = ['-c', 'qemu:///system'];

function virsh(args: string[]): { status: number | null; out: string } {
  const r = spawnSync('virsh', [...VIRSH, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

const CASES: { name: string; xml: string; libvirt: RegExp | null; rule?: string }[] = [
  { name: 'q35 with an alias', xml: domainXml({ type: 'qemu', arch: 'x86_64', machine: 'q35', emulator: QEMU }), libvirt: null },
  { name: 'i686 guest on qemu-system-x86_64', xml: domainXml({ type: 'qemu', arch: 'i686', machine: 'pc', emulator: QEMU }), libvirt: null },
  {
    name: 'a machine QEMU 7.2 lacks',
    xml: domainXml({ type: 'qemu', arch: 'x86_64', machine: 'pc-i440fx-99.0', emulator: QEMU }),
    libvirt: /does not support machine type 'pc-i440fx-99\.0'/,
    rule: 'emulator-supports-machine',
  },
  {
    name: 'aarch64 on qemu-system-x86_64',
    xml: domainXml({ type: 'qemu', arch: 'aarch64', machine: 'virt', emulator: QEMU }),
    libvirt: /does not support arch 'aarch64'/,
    rule: 'emulator-supports-arch-and-type',
  },
  {
    name: 'hvf with Linux QEMU',
    xml: domainXml({ type: 'hvf', arch: 'x86_64', machine: 'pc', emulator: QEMU }),
    libvirt: /does not support virt type 'hvf'/,
    rule: 'emulator-supports-arch-and-type',
  },
  {
    name: 'VirtualBox video',
    xml: domainXml({ type: 'qemu', arch: 'x86_64', machine: 'pc', emulator: QEMU, devices: "<video><model type='vbox'/></video>" }),
    libvirt: /does not support video model 'vbox'/,
    rule: 'emulator-supports-device',
  },
  {
    name: 'a pSeries TPM on x86',
    xml: domainXml({ type: 'qemu', arch: 'x86_64', machine: 'pc', emulator: QEMU, devices: "<tpm model='tpm-spapr'><backend type='emulator'/></tpm>" }),
    libvirt: /does not support TPM model tpm-spapr/,
    rule: 'emulator-supports-device',
  },
  {
    name: 'devices QEMU 7.2 has',
    xml: domainXml({
      type: 'qemu',
      arch: 'x86_64',
      machine: 'pc',
      emulator: QEMU,
      devices: "<video><model type='qxl'/></video><tpm model='tpm-crb'><backend type='emulator'/></tpm><interface type='user'><model type='e1000'/></interface>",
    }),
    libvirt: null,
  },
];

describe('capability rules agree with libvirt 9.0 (virsh domxml-to-native)', function () {
  this.timeout(120_000);
  let probe: CapabilityView;
  let dir: string;

  before(async function () {
    requireQemu(this);
    if (virsh(['version']).status !== 0) {
      console.warn('    (skipped: no libvirtd answers on qemu:///system — see ORACLE.md to start one)');
      this.skip();
    }
    probe = new CapabilityView(await probeEmulator(QEMU));
    dir = tempDir('oracle');
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const c of CASES) {
    it(`${c.name}: ${c.libvirt ? 'refused' : 'accepted'} by libvirt and by virtlint (probe)`, () => {
      const file = path.join(dir, 'vm.xml');
      fs.writeFileSync(file, c.xml);
      const r = virsh(['domxml-to-native', 'qemu-argv', file]);
      if (c.libvirt) {
        expect(r.status, r.out).to.not.equal(0);
        expect(r.out).to.match(c.libvirt);
      } else {
        expect(r.status, r.out).to.equal(0);
      }
      const reported = CAPABILITY_RULES.flatMap((rule) => (runRule(rule, c.xml, probe).reports.length > 0 ? [rule.meta.id] : []));
      expect(reported).to.deep.equal(c.rule ? [c.rule] : []);
    });
  }

  it("libvirt's own capabilities cache gives the same machine, arch and type verdicts", () => {
    const cache = new CapabilityView(loadProfileFile(REAL_QEMU_CAPS_CACHE));
    for (const c of CASES.filter((x) => x.rule !== 'emulator-supports-device')) {
      const reported = CAPABILITY_RULES.flatMap((rule) => (runRule(rule, c.xml, cache).reports.length > 0 ? [rule.meta.id] : []));
      expect(reported, c.name).to.deep.equal(c.rule ? [c.rule] : []);
    }
  });
});
