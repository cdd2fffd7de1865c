/**
 * device-acpi-index against libvirt 9.0's define on how `<acpi index>` is written and on virtio devices
 * written without an address. libvirt's verdict is plain `virsh define` (its parser and checks): its
 * `define --validate` runs libxml2, which refuses ' 3' and '3 ' where XSD's white space collapse (and
 * so jing and virtlint's grammar) takes them, so the grammar's verdict is pinned against jing instead.
 * The guests of other architectures need their emulator (Debian's qemu-system-arm, qemu-system-misc):
 * looked up in VIRTLINT_QEMU_DIR, then /usr/bin (other-arch.ts); without it those cases are skipped, saying so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { lintText } from '../../src/linter/lint.js';
import { addDevices, edit, Q35, SEED } from '../rules/helpers.js';
import { defineVerdict } from './define-verdict.js';
import { jingInvalid, LIBVIRT_SCHEMAS } from './jing.js';
import { describeOracle } from './libvirt.js';
import { missing, otherEmulator, otherGuest } from './other-arch.js';

const NAME = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}acpi-index-define`;
const RULE = 'device-acpi-index';
const ONLY_PCI = 'ACPI index is only supported for PCI devices';
const notUint = (text: string): string => `Invalid value for attribute 'index' in element 'acpi': '${text}'. Expected non-negative integer value`;

interface Case {
  readonly name: string;
  readonly text: string;
  /** A piece of libvirt's error; undefined when libvirt defines the document. */
  readonly refuses?: string;
  /** Whether device-acpi-index reports it (an error). */
  readonly rule?: boolean;
  /** Whether the grammar refuses it (jing and virtlint's schema check). */
  readonly grammarRefuses?: boolean;
  /** The architecture whose emulator the guest needs, when not x86_64. */
  readonly arch?: string;
}

const nic = (index: string, extra = ''): string => `<interface type='user'><model type='virtio'/>${extra}<acpi index='${index}'/></interface>`;
const spelled = (index: string): string => addDevices(SEED, nic(index));
/** A guest of another architecture; EMULATOR is replaced by its emulator's path. */
const other = (arch: string, machine: string, devices: string, extra = ''): string => otherGuest({ name: NAME, arch, machine, devices, extra });
const CORTEX = "\n  <cpu mode='custom'><model>cortex-a57</model></cpu>";
const aarch64 = (devices: string): string => other('aarch64', 'virt', devices, CORTEX);
const MMIO_NIC = "<interface type='user'><model type='virtio'/><address type='virtio-mmio'/></interface>";

const CASES: readonly Case[] = [
  // How the index is written: libvirt's strtoul takes white space and '+' before the digits, nothing after them.
  { name: "'3 ' (the grammar collapses the space, libvirt refuses it)", text: spelled('3 '), refuses: notUint('3 '), rule: true },
  { name: "' 3&#9;'", text: spelled(' 3&#9;'), refuses: notUint(' 3\t'), rule: true },
  { name: "'0 ' (refused as text, before libvirt looks for 0)", text: spelled('0 '), refuses: notUint('0 '), rule: true },
  { name: "' 0'", text: spelled(' 0'), refuses: 'Zero is not permitted', rule: true },
  { name: "' 3' (near miss)", text: spelled(' 3') },
  { name: "'&#10;3' (near miss)", text: spelled('&#10;3') },
  { name: "'+3' (libvirt's parser takes it, the grammar does not)", text: spelled('+3'), grammarRefuses: true },
  { name: "'&#160;3' (a no-break space is not C's white space)", text: spelled('&#160;3'), refuses: 'Expected non-negative integer value', grammarRefuses: true },
  { name: "'03' (near miss)", text: spelled('03') },
  { name: "'0x3'", text: spelled('0x3'), refuses: notUint('0x3'), grammarRefuses: true },
  { name: "'-1'", text: spelled('-1'), refuses: notUint('-1'), grammarRefuses: true },
  { name: "'4294967296'", text: spelled('4294967296'), refuses: notUint('4294967296'), grammarRefuses: true },
  // Virtio devices without an address: PCI on x86; ccw on s390x, virtio-mmio on vexpress and on virt once a device has it.
  { name: 'q35: a virtio NIC, disk, RNG and balloon without an address (near miss: PCI)', text: edit(addDevices(Q35, `${nic('3')}<disk type='file' device='disk'><source file='/var/lib/libvirt/images/b.img'/><target dev='vdb' bus='virtio'/><acpi index='4'/></disk><rng model='virtio'><backend model='random'>/dev/urandom</backend><acpi index='5'/></rng>`), ['<memballoon model="virtio"/>', `<memballoon model="virtio"><acpi index='6'/></memballoon>`]) },
  { name: 's390x: a virtio NIC', arch: 's390x', text: other('s390x', 's390-ccw-virtio', nic('3')), refuses: ONLY_PCI, rule: true },
  { name: 's390x: a vsock', arch: 's390x', text: other('s390x', 's390-ccw-virtio', "<vsock model='virtio'><cid auto='yes'/><acpi index='3'/></vsock>"), refuses: ONLY_PCI, rule: true },
  { name: 's390x: an e1000 NIC and a virtio NIC with the all-zero PCI address (near miss)', arch: 's390x', text: other('s390x', 's390-ccw-virtio', `<interface type='user'><model type='e1000'/><acpi index='3'/></interface>${nic('4', "<address type='pci'/>")}`) },
  { name: 'aarch64 virt: a virtio NIC (near miss: PCI)', arch: 'aarch64', text: aarch64(nic('3')) },
  { name: 'aarch64 virt: a virtio NIC beside one with a virtio-mmio address', arch: 'aarch64', text: aarch64(MMIO_NIC + nic('3')), refuses: ONLY_PCI, rule: true },
  { name: 'aarch64 virt: a filesystem beside a virtio-mmio NIC (near miss: it keeps PCI)', arch: 'aarch64', text: aarch64(`${MMIO_NIC}<filesystem type='mount' accessmode='mapped'><source dir='/tmp'/><target dir='t'/><acpi index='3'/></filesystem>`) },
  { name: 'armv7l vexpress-a15: a virtio NIC', arch: 'arm', text: other('armv7l', 'vexpress-a15', nic('3')), refuses: ONLY_PCI, rule: true },
  { name: 'riscv64 virt: a virtio NIC (near miss: PCI)', arch: 'riscv64', text: other('riscv64', 'virt', nic('3')) },
  { name: 'riscv64 virt: a virtio NIC beside a virtio-mmio RNG', arch: 'riscv64', text: other('riscv64', 'virt', `<rng model='virtio'><backend model='random'>/dev/urandom</backend><address type='virtio-mmio'/></rng>${nic('3')}`), refuses: ONLY_PCI, rule: true },
  // A video device without a model: libvirt picks virtio where virtio devices leave PCI (cirrus, no address, on vexpress).
  { name: 's390x: a video device without a model', arch: 's390x', text: other('s390x', 's390-ccw-virtio', "<video><acpi index='3'/></video>"), refuses: ONLY_PCI, rule: true },
  { name: 'aarch64 virt: a video device without a model beside a virtio-mmio NIC', arch: 'aarch64', text: aarch64(MMIO_NIC + "<video><acpi index='3'/></video>"), refuses: ONLY_PCI, rule: true },
  { name: 'armv7l vexpress-a15: a video device without a model (near miss: cirrus, no address)', arch: 'arm', text: other('armv7l', 'vexpress-a15', "<video><acpi index='3'/></video>") },
  // A host device NIC: moved only when written with a virtio model.
  { name: 's390x: a host device NIC of model virtio', arch: 's390x', text: other('s390x', 's390-ccw-virtio', "<interface type='hostdev'><source><address type='pci' domain='0x0000' bus='0x06' slot='0x12' function='0x5'/></source><model type='virtio'/><acpi index='3'/></interface>"), refuses: ONLY_PCI, rule: true },
  { name: 's390x: a host device NIC without a model (near miss: PCI)', arch: 's390x', text: other('s390x', 's390-ccw-virtio', "<interface type='hostdev'><source><address type='pci' domain='0x0000' bus='0x06' slot='0x12' function='0x5'/></source><acpi index='3'/></interface>") },
];

describeOracle(`${RULE}: libvirt 9.0's define verdict on how <acpi index> is written and on virtio devices without an address (oracle: virsh define, jing)`, { needs: ['libvirtd', 'jing'], tmp: 'virtlint-acpi-define-' }, function (dir) {
  const files = new Map<Case, string>();
  let jing = new Map<string, string>();
  before(function () {
    for (const [i, c] of CASES.entries()) {
      const qemu = c.arch ? otherEmulator(c.arch) : undefined;
      if (c.arch && !qemu) continue;
      const file = path.join(dir(), `case-${i}.xml`);
      fs.writeFileSync(file, qemu ? c.text.replace('EMULATOR', qemu) : c.text.replace(/<name>[^<]*<\/name>/, `<name>${NAME}</name>`));
      files.set(c, file);
    }
    jing = jingInvalid(path.join(LIBVIRT_SCHEMAS, 'domain.rng'), [...files.values()]);
  });

  for (const c of CASES) {
    const says = c.refuses ? `refuses it (${c.refuses.replace(/\t/g, '\\t')})` : 'defines it';
    it(`${c.name}: libvirt ${says}, jing ${c.grammarRefuses ? 'refuses' : 'takes'} it, and virtlint agrees`, async function () {
      const file = files.get(c);
      if (!file) {
        console.log(`      ${missing(`qemu-system-${c.arch}`, 'VIRTLINT_QEMU_DIR', '/usr/bin')}`);
        this.skip();
      }
      const theirs = defineVerdict(file!, NAME, false);
      if (c.refuses) expect(theirs.message ?? 'defined', 'libvirt').to.include(c.refuses);
      else expect(theirs, 'libvirt').to.deep.equal({ accepted: true });
      expect(jing.has(file!), `jing (${jing.get(file!) ?? 'valid'})`).to.equal(c.grammarRefuses === true);
      const ours = await lintText(fs.readFileSync(file!, 'utf8'), { filePath: file });
      const schema = ours.diagnostics.filter((d) => d.ruleId.startsWith('schema/') || d.ruleId.startsWith('xml/'));
      expect(schema.length > 0, "virtlint's grammar").to.equal(c.grammarRefuses === true);
      const errors = ours.diagnostics.filter((d) => d.severity === 'error' && !d.ruleId.includes('/')).map((d) => `${d.ruleId}: ${d.message}`);
      expect(errors, 'virtlint rule errors').to.deep.equal(errors.filter((e) => e.startsWith(`${RULE}: `)));
      expect(errors.length > 0, RULE).to.equal(c.rule === true);
    });
  }
});
