import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'loader-path-required',
    description: "<loader> without a path while firmware autoselection (<os firmware='…'>) is off",
    defaultSeverity: 'error',
    libvirtMessages: ['no loader path specified and firmware auto selection disabled'],
  },
  check(domain, context) {
    const loader = domain.os?.loader;
    if (!loader || domain.os?.firmware || (loader.path?.value ?? '') !== '') return;
    context.report({
      range: loader.nameRange,
      message: `<loader> names no firmware file and <os> has no firmware= attribute to pick one: libvirt refuses this domain. Write the path (e.g. /usr/share/OVMF/OVMF_CODE.fd) or use <os firmware='efi'>`,
    });
  },
});
