/**
 * Start-time refusals on features the corpus rarely has (round 14): documents libvirt 9.0 defines
 * (plain `virsh define`) but will not build a QEMU command line for (`virsh domxml-to-native
 * qemu-argv`, the checks of a start without starting): a shmem region whose size is not a power of
 * two or under 1 MiB, <smbios mode='sysinfo'> without a <sysinfo type='smbios'>, ports= on a USB
 * controller that is not an xHCI one, s390 key wrapping in an x86 guest (the s390x near miss needs
 * qemu-system-s390x: other-arch.ts; skipped without). The rule must
 * report exactly the refused documents, and nothing else may err on any of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { lintText } from '../../src/linter/lint.js';
import { addDevices, edit, Q35 } from '../rules/helpers.js';
import { defineVerdict } from './define-verdict.js';
import { describeOracle, libvirtVerdict } from './libvirt.js';
import { missing, otherEmulator, otherGuest } from './other-arch.js';

const NAME = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}start-time-features`;

interface Case {
  readonly name: string;
  readonly text: string;
  /** A piece of libvirt's start-time error; undefined when domxml-to-native builds a command line. */
  readonly refuses?: string;
  /** The rule that reports it (as an error). */
  readonly rule?: string;
  /** The architecture whose emulator the guest needs (EMULATOR in the text), when not x86_64. */
  readonly arch?: string;
}

const shmem = (size: string, name = 'shm0'): string => `<shmem name='${name}'><model type='ivshmem-plain'/>${size}</shmem>`;
const Q35_TYPE = '<type arch="x86_64" machine="q35">hvm</type>';
const smbios = (text: string, mode: string): string => edit(text, [Q35_TYPE, `${Q35_TYPE}<smbios mode='${mode}'/>`]);
const withSysinfo = (type: string, inner: string): string => edit(Q35, ['<vcpu>2</vcpu>', `<vcpu>2</vcpu>\n  <sysinfo type='${type}'>${inner}</sysinfo>`]);
const NOT_POW2 = 'shmem size must be a power of two';
const NO_SYSINFO = 'sysinfo are not available';

const CASES: readonly Case[] = [
  { name: 'a 3 MiB shmem region', text: addDevices(Q35, shmem("<size unit='M'>3</size>")), refuses: NOT_POW2, rule: 'shmem-size' },
  { name: 'a 1000 KiB shmem region (not a power of two, reported before the minimum)', text: addDevices(Q35, shmem("<size unit='KiB'>1000</size>")), refuses: NOT_POW2, rule: 'shmem-size' },
  { name: 'a shmem region of 4 (bytes: no unit)', text: addDevices(Q35, shmem('<size>4</size>')), refuses: 'shmem size must be at least 1 MiB (1024 KiB)', rule: 'shmem-size' },
  { name: 'shmem regions of 4 MiB, 1 GiB and 4194304 bytes (near miss)', text: addDevices(Q35, shmem("<size unit='M'>4</size>") + shmem("<size unit='G'>1</size>", 'shm1') + shmem('<size>4194304</size>', 'shm2')) },
  { name: "<smbios mode='sysinfo'> without a <sysinfo>", text: smbios(Q35, 'sysinfo'), refuses: NO_SYSINFO, rule: 'smbios-sysinfo-required' },
  { name: "<smbios mode='sysinfo'> with only a fw_cfg <sysinfo>", text: smbios(withSysinfo('fwcfg', "<entry name='opt/com.example/a'>x</entry>"), 'sysinfo'), refuses: NO_SYSINFO, rule: 'smbios-sysinfo-required' },
  { name: "<smbios mode='sysinfo'> with an SMBIOS <sysinfo> (near miss)", text: smbios(withSysinfo('smbios', "<system><entry name='product'>Virt</entry></system>"), 'sysinfo') },
  { name: "<smbios mode='emulate'> without a <sysinfo> (near miss)", text: smbios(Q35, 'emulate') },
  { name: "ports='4' on an ich9-ehci1 USB controller", text: addDevices(Q35, "<controller type='usb' index='1' model='ich9-ehci1' ports='4'/>"), refuses: "usb controller type 'ich9-ehci1' doesn't support 'ports' with this QEMU binary", rule: 'controller-model-qemu' },
  { name: "ports='8' on a written USB controller without a model (libvirt picks piix3-uhci)", text: addDevices(Q35, "<controller type='usb' index='1' ports='8'/>"), refuses: "usb controller type 'piix3-uhci' doesn't support 'ports' with this QEMU binary", rule: 'controller-model-qemu' },
  { name: 'key wrapping (aes off) in an x86 guest', text: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <keywrap><cipher name='aes' state='off'/></keywrap>"]), refuses: 'aes-key-wrap is not available with this QEMU binary', rule: 'keywrap-s390-only' },
  { name: 'key wrapping (dea on) in an x86 guest', text: edit(Q35, ['<vcpu>2</vcpu>', "<vcpu>2</vcpu>\n  <keywrap><cipher name='dea' state='on'/></keywrap>"]), refuses: 'dea-key-wrap is not available with this QEMU binary', rule: 'keywrap-s390-only' },
  { name: 'key wrapping in an s390x guest (near miss)', arch: 's390x', text: otherGuest({ name: NAME, arch: 's390x', machine: 's390-ccw-virtio', devices: '', extra: "\n  <keywrap><cipher name='aes' state='off'/><cipher name='dea' state='on'/></keywrap>" }) },
  { name: "ports= on qemu-xhci and nec-xhci (near miss)", text: addDevices(Q35, "<controller type='usb' index='1' model='nec-xhci' ports='4'/>") },
];

describeOracle("start-time refusals of round 14's feature documents: libvirt 9.0 defines them, domxml-to-native refuses some (oracle)", { needs: ['libvirtd'], tmp: 'virtlint-start-features-' }, function (dir) {
  for (const [i, c] of CASES.entries()) {
    it(`${c.name}: libvirt defines it and ${c.refuses ? `refuses to start it (${c.refuses})` : 'would start it'}, and virtlint agrees`, async function () {
      const qemu = c.arch ? otherEmulator(c.arch) : undefined;
      if (c.arch && !qemu) {
        console.log(`      ${missing(`qemu-system-${c.arch}`, 'VIRTLINT_QEMU_DIR', '/usr/bin')}`);
        this.skip();
      }
      const text = c.text.replace('EMULATOR', qemu ?? '').replace(/<name>[^<]*<\/name>/, `<name>${NAME}</name>`).replace(/<uuid>[^<]*<\/uuid>/, '');
      const file = path.join(dir(), `case-${i}.xml`);
      fs.writeFileSync(file, text);
      expect(defineVerdict(file, NAME, true), 'libvirt define --validate').to.deep.equal({ accepted: true });
      const start = libvirtVerdict(file);
      if (c.refuses) expect(start.message ?? 'accepted', 'libvirt domxml-to-native').to.include(c.refuses);
      else expect(start, 'libvirt domxml-to-native').to.deep.equal({ accepted: true });
      const ours = await lintText(text, { filePath: file });
      const errors = ours.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`);
      if (c.rule) {
        expect(errors.filter((e) => e.startsWith(`${c.rule}: `)), `virtlint's ${c.rule}`).to.have.length.greaterThan(0);
        expect(errors.filter((e) => !e.startsWith(`${c.rule}: `)), 'other virtlint errors').to.deep.equal([]);
      } else expect(errors, 'virtlint errors').to.deep.equal([]);
    });
  }
});
