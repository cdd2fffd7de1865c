import fs from 'node:fs';
import rule from '../../rules/firmware-autoselect-match.js';
import { CapabilityView } from '../../src/caps/view.js';
import { FIRMWARE_DESCRIPTOR_DIRS, parseFirmwareDescriptor, readFirmwareDescriptors } from '../../src/caps/firmware.js';
import { expect } from 'chai';
import { RuleTester } from '../../src/rule-tester.js';
import { edit, lint, Q35 } from './helpers.js';

/**
 * Judged with the descriptors Debian's `ovmf` installs (.ci/setup): 40-edk2-x86_64-secure-enrolled,
 * 50-edk2-x86_64-secure and 60-edk2-x86_64 — UEFI for x86_64 only, none stateless, no BIOS.
 */
const descriptors = readFirmwareDescriptors(FIRMWARE_DESCRIPTOR_DIRS);
if (!descriptors || descriptors.length === 0 || !fs.existsSync('/usr/share/qemu/firmware/60-edk2-x86_64.json')) {
  throw new Error("firmware-autoselect-match tests need Debian's ovmf descriptors in /usr/share/qemu/firmware (bash .ci/setup)");
}
const capabilities = new CapabilityView({ firmware: descriptors });
/** The rule runs with the captured set; the whole pipeline (which has no capability source here) must still not crash, and keeps the document for the oracle tier. */
const ruleTester = new RuleTester({
  capabilities,
  async afterCase(code) {
    expect((await lint(code)).filter((d) => d.ruleId === 'virtlint/rule-crashed')).to.deep.equal([]);
  },
});

const os = (inner: string, attrs: string, arch = 'x86_64', machine = 'q35'): string =>
  edit(Q35, ['<os>\n    <type arch="x86_64" machine="q35">hvm</type>\n  </os>', `<os${attrs}>\n    <type arch="${arch}" machine="${machine}">hvm</type>\n    ${inner}\n  </os>`]);
const features = (...f: [string, string][]): string => `<firmware>${f.map(([name, on]) => `<feature enabled='${on}' name='${name}'/>`).join('')}</firmware>`;
const EFI = " firmware='efi'";
/**
 * A UEFI build for 32-bit ARM as its descriptor names it: QEMU's architecture name `arm`, which libvirt
 * reads as armv7l (virQEMUCapsArchFromString). Debian installs no such descriptor; a host that has one
 * (e.g. beside an edk2 build for ARM) starts armv7l UEFI guests.
 */
const ARM_UEFI = parseFirmwareDescriptor(
  {
    'interface-types': ['uefi'],
    mapping: { device: 'flash', executable: { filename: '/usr/share/AAVMF/AAVMF32_CODE.fd', format: 'raw' }, 'nvram-template': { filename: '/usr/share/AAVMF/AAVMF32_VARS.fd', format: 'raw' } },
    targets: [{ architecture: 'arm', machines: ['virt-*'] }],
    features: [],
  },
  '60-edk2-arm.json',
)!;

ruleTester.run(rule, {
    valid: [
      { name: 'accepts UEFI on x86_64', code: os('', EFI) },
      { name: 'accepts UEFI with secure boot and enrolled keys', code: os(features(['secure-boot', 'yes'], ['enrolled-keys', 'yes']), EFI) },
      { name: 'accepts UEFI without secure boot or enrolled keys', code: os(features(['secure-boot', 'no'], ['enrolled-keys', 'no']), EFI) },
      {
        name: "accepts UEFI for armv7l where a descriptor names QEMU's architecture 'arm' (near miss of the armv7l case below)",
        code: os('', EFI, 'armv7l', 'virt'),
        capabilities: new CapabilityView({ firmware: [...descriptors, ARM_UEFI] }),
      },
    ],
    invalid: [
      // Warnings: libvirt 9.0 defines these domains and refuses to start them (it selects the firmware at start).
      {
        name: "warns on firmware='bios' where only UEFI descriptors are installed (libvirt defines it, refuses to start it)",
        code: os('', " firmware='bios'"),
        errors: [{ severity: 'warning', near: "firmware='|bios'", message: /interface 'bios': libvirt defines this domain, but cannot select a firmware and refuses to start it/ }],
      },
      { name: 'warns on UEFI for i686 where only x86_64 descriptors are installed', code: os('', EFI, 'i686'), errors: [{ severity: 'warning', near: "firmware='|efi'", message: /architecture i386/ }] },
      {
        name: "warns on UEFI for armv7l (virt) where the descriptors are x86_64's and aarch64's: none names QEMU's 'arm'",
        code: os('', EFI, 'armv7l', 'virt'),
        capabilities: new CapabilityView({ firmware: [...descriptors, parseFirmwareDescriptor({ 'interface-types': ['uefi'], mapping: { device: 'flash' }, targets: [{ architecture: 'aarch64', machines: ['virt-*'] }], features: [] }, '60-edk2-aarch64.json')!] }),
        errors: [{ severity: 'warning', near: "firmware='|efi'", message: /offers interface 'uefi', architecture arm: libvirt defines/ }],
      },
      { name: 'warns on a stateless loader where no descriptor is stateless', code: os("<loader stateless='yes'/>", EFI), errors: [{ severity: 'warning', near: "firmware='|efi'", message: /stateless/ }] },
      {
        name: "warns on <loader secure='yes'> with secure-boot disabled",
        code: os(`<loader secure='yes'/>${features(['secure-boot', 'no'])}`, EFI),
        errors: [{ severity: 'warning', near: "firmware='|efi'", message: /secure-boot disabled, secure boot/ }],
      },
    ],
});
