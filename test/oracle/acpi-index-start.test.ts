/**
 * device-acpi-index-qemu's verdicts need QEMU itself: libvirt 9.0 defines a domain with two PCI
 * devices of one ACPI index, or an index above 16383, and QEMU 7.2 refuses it when it starts (in its
 * ACPI PCI hotplug code, so only with <features><acpi/>). Each document is started as a transient
 * domain (`virsh create`, TCG, no disk) and destroyed at once; the rule must warn exactly where QEMU refuses.
 * A device on a PCIe port with `<target hotplug='off'>` escapes both checks (QEMU 7.2 starts those guests),
 * and so does an aarch64 guest, ACPI or not (it needs qemu-system-aarch64 and AAVMF: other-arch.ts; skipped without).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { lintText } from '../../src/linter/lint.js';
import { describeOracle, virsh } from './libvirt.js';
import { aavmfDir, missing, otherEmulator, otherGuest } from './other-arch.js';

const NAME = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}acpi-index-start`;
const RULE = 'device-acpi-index-qemu';

const nic = (model: string, index: string, extra = ''): string => `<interface type='user'><model type='${model}'/>${extra}<acpi index='${index}'/></interface>`;
/** A PCI controller of index `n` (bus n), with hotplug off when `off`. */
const port = (n: number, off: boolean, model = 'pcie-root-port'): string => `<controller type='pci' index='${n}' model='${model}'>${off ? "<target hotplug='off'/>" : ''}</controller>`;
const onBus = (bus: number, slot = 0): string => `<address type='pci' domain='0x0000' bus='0x0${bus}' slot='0x0${slot}' function='0x0'/>`;
/** A pcie-to-pci-bridge of index `n` written in the port of index `parent`. */
const bridgeIn = (n: number, parent: number): string => `<controller type='pci' index='${n}' model='pcie-to-pci-bridge'>${onBus(parent)}</controller>`;
const ROOT_HOTPLUG_OFF = "<controller type='pci' index='0' model='pci-root'><target hotplug='off'/></controller>";
const guest = (machine: string, acpi: boolean, devices: string): string => `<domain type='qemu'>
  <name>${NAME}</name>
  <memory unit='KiB'>131072</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64' machine='${machine}'>hvm</type></os>
  ${acpi ? '<features><acpi/></features>' : ''}
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    ${devices}
    <memballoon model='none'/>
  </devices>
</domain>
`;

/** Whether the guest starts (then it is destroyed at once), and QEMU's complaint when it does not. */
function startVerdict(file: string): { started: boolean; message: string } {
  const r = virsh(['create', file], 120000);
  if (r.ok) {
    virsh(['destroy', NAME]);
    return { started: true, message: '' };
  }
  return { started: false, message: r.stderr };
}

/** An aarch64 virt guest with UEFI and ACPI (libvirt wants UEFI for ACPI there); EMULATOR, AAVMF and NVRAM (in the test's folder) are filled in. */
const aarch64 = (devices: string): string =>
  otherGuest({
    name: NAME,
    arch: 'aarch64',
    machine: 'virt',
    os: "<loader readonly='yes' type='pflash'>AAVMF/AAVMF_CODE.fd</loader><nvram template='AAVMF/AAVMF_VARS.fd'>NVRAM</nvram>",
    extra: "\n  <features><acpi/></features>\n  <cpu mode='custom'><model>cortex-a57</model></cpu>",
    devices,
  });
/** A NIC without an option ROM (the aarch64 emulator finds none of the x86 one's). */
const noRomNic = (index: string): string => `<interface type='user'><model type='virtio'/><rom enabled='no'/><acpi index='${index}'/></interface>`;

const CASES: readonly { readonly name: string; readonly text: string; readonly qemuSays?: RegExp; readonly aarch64?: true }[] = [
  { name: 'two NICs with index 3, pc with ACPI', text: guest('pc', true, nic('virtio', '3') + nic('e1000', '3')), qemuSays: /a PCI device with acpi-index = 3 already exist/ },
  { name: 'two NICs with index 3, q35 with ACPI', text: guest('q35', true, nic('virtio', '3') + nic('e1000', '3')), qemuSays: /a PCI device with acpi-index = 3 already exist/ },
  { name: 'a NIC with index 16384, pc with ACPI', text: guest('pc', true, nic('virtio', '16384')), qemuSays: /acpi-index should be less or equal to 16383/ },
  { name: 'NICs with indexes 3 and 16383, pc with ACPI (near miss)', text: guest('pc', true, nic('virtio', '3') + nic('e1000', '16383')) },
  { name: 'a PS/2 mouse and a NIC with index 5, pc with ACPI (near miss: libvirt passes no index for a device without an address)', text: guest('pc', true, `<input type='mouse' bus='ps2'><acpi index='5'/></input>${nic('virtio', '5')}`) },
  { name: 'two NICs with index 3, pc without ACPI (near miss)', text: guest('pc', false, nic('virtio', '3') + nic('e1000', '3')) },
  { name: 'a NIC with index 16384, pc without ACPI (near miss)', text: guest('pc', false, nic('virtio', '16384')) },
  // <target hotplug='off'>: on a PCIe port QEMU's ACPI hotplug code never sees the device; on pc's root bus it still does.
  { name: 'two NICs with index 3, pc with ACPI and the root bus hotplug off', text: guest('pc', true, ROOT_HOTPLUG_OFF + nic('virtio', '3') + nic('e1000', '3')), qemuSays: /a PCI device with acpi-index = 3 already exist/ },
  { name: 'two NICs with index 3 on q35 root ports with hotplug off (near miss)', text: guest('q35', true, port(1, true) + port(2, true) + nic('virtio', '3', onBus(1)) + nic('e1000e', '3', onBus(2))) },
  { name: 'NICs with index 3 on a hotplug-off and an ordinary q35 root port (near miss)', text: guest('q35', true, port(1, true) + port(2, false) + nic('virtio', '3', onBus(1)) + nic('virtio', '3', onBus(2))) },
  { name: 'a NIC with index 16384 on a q35 switch downstream port with hotplug off (near miss)', text: guest('q35', true, port(1, false) + port(2, false, 'pcie-switch-upstream-port') + port(3, true, 'pcie-switch-downstream-port') + nic('virtio', '16384', onBus(3))) },
  { name: 'a NIC with index 16384 without an address, q35 with an empty hotplug-off root port (near miss: libvirt puts the NIC there)', text: guest('q35', true, port(1, true) + nic('virtio', '16384')) },
  { name: 'two NICs with index 3 and one with 16384 on a pcie-to-pci-bridge in a q35 root port with hotplug off (near miss)', text: guest('q35', true, port(1, true) + bridgeIn(2, 1) + nic('e1000', '3', onBus(2, 1)) + nic('e1000', '3', onBus(2, 2)) + nic('e1000', '16384', onBus(2, 3))) },
  { name: 'a NIC with index 16384 on a pcie-to-pci-bridge without an address, q35 with an empty hotplug-off root port (near miss: libvirt puts the bridge there)', text: guest('q35', true, port(1, true) + port(2, false, 'pcie-to-pci-bridge') + nic('e1000', '16384', onBus(2, 1))) },
  { name: 'two NICs with index 3 on a pcie-to-pci-bridge in an ordinary q35 root port', text: guest('q35', true, port(1, false) + bridgeIn(2, 1) + nic('e1000', '3', onBus(2, 1)) + nic('e1000', '3', onBus(2, 2))), qemuSays: /a PCI device with acpi-index = 3 already exist/ },
  { name: 'a NIC with index 16384 on an ordinary q35 root port', text: guest('q35', true, port(1, false) + nic('virtio', '16384', onBus(1))), qemuSays: /acpi-index should be less or equal to 16383/ },
  { name: 'two NICs with index 3 and one with 16384, aarch64 virt with UEFI and ACPI (near miss: no ACPI PCI hotplug there)', aarch64: true, text: aarch64(noRomNic('3') + noRomNic('3') + noRomNic('16384')) },
];

describeOracle(`${RULE}: QEMU's start-time verdict (oracle: virsh create)`, { needs: ['libvirtd'], tmp: 'virtlint-acpi-start-' }, function (dir) {
  for (const [i, c] of CASES.entries()) {
    it(`${c.name}: QEMU ${c.qemuSays ? 'refuses it' : 'starts it'}, and virtlint ${c.qemuSays ? 'warns' : 'does not'}`, async function () {
      let text = c.text;
      if (c.aarch64) {
        const qemu = otherEmulator('aarch64');
        const firmware = aavmfDir();
        if (!qemu || !firmware) {
          console.log(`      ${qemu ? missing('AAVMF_CODE.fd', 'VIRTLINT_AAVMF_DIR', '/usr/share/AAVMF') : missing('qemu-system-aarch64', 'VIRTLINT_QEMU_DIR', '/usr/bin')}`);
          this.skip();
        }
        text = text.replace('EMULATOR', qemu).replaceAll('AAVMF/', `${firmware}/`).replace('NVRAM', path.join(dir(), `case-${i}-vars.fd`));
      }
      const file = path.join(dir(), `case-${i}.xml`);
      fs.writeFileSync(file, text);
      const theirs = startVerdict(file);
      if (c.qemuSays) expect(theirs.message, 'virsh create').to.match(c.qemuSays);
      else expect(theirs, 'virsh create').to.deep.equal({ started: true, message: '' });
      const ours = await lintText(text, { filePath: file });
      expect(ours.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`), 'no error: libvirt defines every one').to.deep.equal([]);
      expect(ours.diagnostics.some((d) => d.ruleId === RULE), RULE).to.equal(c.qemuSays !== undefined);
    });
  }
});
