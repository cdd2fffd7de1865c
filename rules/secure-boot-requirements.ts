import { archOf, isQ35, machineShown } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'secure-boot-requirements',
    description: "<loader secure='yes'> on a machine other than x86_64 q35, or without <smm state='on'/>",
    defaultSeverity: 'error',
    libvirtMessages: ['Secure boot is supported with q35 machine types only', 'Secure boot is supported for x86_64 architecture only', 'Secure boot requires SMM feature enabled'],
  },
  check(domain, context) {
    const secure = domain.os?.loader?.secure;
    if (secure?.value !== 'yes') return;
    if (archOf(domain) !== 'x86_64') {
      context.report({ range: secure.range, message: `secure boot is only available for x86_64 guests, not '${archOf(domain)}': libvirt refuses this domain` });
    } else if (!isQ35(domain)) {
      context.report({ range: secure.range, message: `secure boot needs a q35 machine (its flash is protected by SMM), not '${machineShown(domain)}': libvirt refuses this domain. Use machine='q35'` });
    }
    const smm = domain.features?.byName.get('smm');
    // With firmware autoselection libvirt turns SMM on by itself; with a manual loader it must be written.
    if (domain.os?.firmware?.value !== 'efi' && (!smm || smm.state?.value === 'off')) {
      context.report({ range: secure.range, message: `secure boot relies on System Management Mode, but <features> has no <smm state='on'/>: libvirt refuses this domain. Add <smm state='on'/> to <features>` });
    }
  },
});
