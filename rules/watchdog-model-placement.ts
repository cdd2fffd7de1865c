import { archOf, isS390 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'watchdog-model-placement',
    description: 'a watchdog placed where its model cannot go: i6300esb off PCI, ib700 with an address, diag288 off s390',
    defaultSeverity: 'error',
    libvirtMessages: ['%s model of watchdog can go only on PCI bus', '%s model of watchdog does not support configuring the address', '%s model of watchdog is allowed for s390 and s390x only'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.watchdogs; i < list.length; i++) {
      const w = list[i]!;
      const model = w.model?.value;
      const addressType = w.address?.type?.value;
      if (model === 'i6300esb' && w.address && addressType !== undefined && addressType !== 'pci') {
        context.report({ range: w.address.type!.range, message: `the i6300esb watchdog is a PCI device, so its <address> must be type='pci', not '${addressType}': libvirt refuses this domain` });
      } else if (model === 'ib700' && w.address) {
        context.report({ range: w.address.nameRange, message: 'the ib700 watchdog sits at a fixed ISA port and takes no <address>: libvirt refuses this domain. Remove the <address>' });
      } else if (model === 'diag288' && !isS390(domain)) {
        context.report({ range: w.model!.range, message: `the diag288 watchdog exists only on s390x guests, not '${archOf(domain)}': libvirt refuses this domain. Use i6300esb (PCI) on x86` });
      }
    }
  },
});
