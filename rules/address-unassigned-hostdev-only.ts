import { deviceAddresses } from '../src/model/controllers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'address-unassigned-hostdev-only',
    description: "<address type='unassigned'> on a device other than a PCI <hostdev>",
    defaultSeverity: 'error',
    libvirtMessages: ["address of type '%s' is supported only for hostdevs"],
  },
  check(domain, context) {
    for (let i = 0, list = deviceAddresses(domain); i < list.length; i++) {
      const { kind, address } = list[i]!;
      if (address.type?.value !== 'unassigned' || kind === 'hostdev') continue;
      context.report({ range: address.type.range, message: `type='unassigned' (keep a host device detached but invisible to the guest) only exists for <hostdev>, not <${kind}>: libvirt refuses this domain. Remove the <address> or give it a real type` });
    }
  },
});
