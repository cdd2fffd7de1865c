import { archOf } from '../src/model/machine.js';
import { type CapabilityView, defineRule } from '../src/rule.js';

type Descriptor = NonNullable<ReturnType<CapabilityView['firmwareDescriptors']>>[number];

/**
 * libvirt architecture names → the QEMU names firmware descriptors use (libvirt reads a descriptor's
 * `architecture` with virQEMUCapsArchFromString: i386 is i686, arm is armv7l, or32 is or32).
 */
const QEMU_ARCH: Readonly<Record<string, string>> = { i686: 'i386', armv7l: 'arm' };

export default defineRule({
  meta: {
    id: 'firmware-autoselect-match',
    description: "<os firmware> (efi or bios) with requirements (interface, architecture, secure-boot, enrolled-keys, stateless) that no installed firmware descriptor satisfies (libvirt defines it, then refuses to start it)",
    // A warning, as the README's policy for refusals that only a later step makes: libvirt 9.0 selects
    // the firmware when the guest starts (qemuFirmwareFillDomain), so it defines the domain and refuses
    // to start it (asked of libvirtd 9.0: firmware='bios' on q35, UEFI for i686 and armv7l).
    defaultSeverity: 'warning',
    needsCapabilities: true,
    libvirtMessages: ["Unable to find any firmware to satisfy '%s'"],
  },
  check(domain, context) {
    const os = domain.os;
    const wanted = os?.firmware?.value;
    if (!os?.firmware || (wanted !== 'efi' && wanted !== 'bios')) return;
    const descriptors = context.capabilities?.firmwareDescriptors();
    if (!descriptors) {
      context.note('firmware-autoselect-match: no firmware descriptors known (probing off and no captured set)');
      return;
    }
    // Each requirement keeps the descriptors that meet it. Only requirements libvirt applies to every
    // descriptor are used (the machine-type globs are not), so an empty result means libvirt finds none.
    const iface = wanted === 'efi' ? 'uefi' : 'bios';
    const arch = QEMU_ARCH[archOf(domain)] ?? archOf(domain);
    const needs: { what: string; ok: (d: Descriptor) => boolean }[] = [
      { what: `interface '${iface}'`, ok: (d) => d.interfaceTypes.includes(iface) },
      { what: `architecture ${arch}`, ok: (d) => d.architectures.includes(arch) },
    ];
    for (let i = 0, list = os.firmwareFeatures; i < list.length; i++) {
      const f = list[i]!;
      const name = f.name?.value;
      const on = f.enabled?.value;
      if ((name !== 'secure-boot' && name !== 'enrolled-keys') || (on !== 'yes' && on !== 'no')) continue;
      needs.push({ what: `${name} ${on === 'yes' ? 'enabled' : 'disabled'}`, ok: (d) => d.features.includes(name) === (on === 'yes') });
    }
    if (os.loader?.secure?.value === 'yes') needs.push({ what: "secure boot (<loader secure='yes'>)", ok: (d) => d.features.includes('secure-boot') });
    if (os.loader?.stateless?.value === 'yes') needs.push({ what: "a stateless firmware (<loader stateless='yes'>)", ok: (d) => d.mode === 'stateless' || d.device === 'memory' });
    // Not a filter: <smm state='off'/> (libvirt picks the first matching descriptor by file name and
    // machine type, then refuses it if it requires SMM — that pick depends on machine globs, not read here).

    let left = descriptors;
    for (let i = 0, list = needs; i < list.length; i++) {
      const need = list[i]!;
      const next = left.filter(need.ok);
      if (next.length > 0) {
        left = next;
        continue;
      }
      const source = context.capabilities?.profile.firmware ? 'the captured firmware descriptors' : 'the firmware descriptors installed here (/usr/share/qemu/firmware)';
      context.report({
        range: os.firmware.range,
        message: `none of ${source} (${descriptors.length}: ${descriptors.map((d) => d.file).join(', ') || 'none'}) offers ${needs
          .slice(0, needs.indexOf(need) + 1)
          .map((n) => n.what)
          .join(', ')}: libvirt defines this domain, but cannot select a firmware and refuses to start it. Install a matching firmware package, relax the requirements, or configure <loader> by hand`,
      });
      return;
    }
  },
});
