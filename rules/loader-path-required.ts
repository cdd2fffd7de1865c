import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'loader-path-required',
    description: "<loader> without a path, or <nvram> without a <loader>, while firmware autoselection (<os firmware='…'>) is off",
    defaultSeverity: 'error',
    libvirtMessages: ['no loader path specified and firmware auto selection disabled'],
  },
  check(domain, context) {
    const loader = domain.os?.loader;
    const nvram = domain.os?.nvram;
    if (!loader && nvram && !domain.os?.firmware) {
      // A variable store implies UEFI, and UEFI needs a loader: libvirt reads <nvram> alone as a loader without a path.
      context.report({ range: nvram.nameRange, message: `<nvram> is a UEFI variable store, but <os> has no <loader> and no firmware= attribute to pick one: libvirt refuses this domain. Add <loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader> or use <os firmware='efi'>` });
      return;
    }
    if (!loader || domain.os?.firmware || (loader.path?.value ?? '') !== '') return;
    context.report({
      range: loader.nameRange,
      message: `<loader> names no firmware file and <os> has no firmware= attribute to pick one: libvirt refuses this domain. Write the path (e.g. /usr/share/OVMF/OVMF_CODE.fd) or use <os firmware='efi'>`,
    });
  },
});
