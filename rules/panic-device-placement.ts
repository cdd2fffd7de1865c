import type { Domain, Panic } from '../src/model/index.js';
import { isPSeries, isS390 } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

/** The model libvirt 9.0 gives a <panic> without one (qemuDomainDevicePanicDefPostParse). */
function defaultPanicModel(domain: Domain): string {
  if (isPSeries(domain)) return 'pseries';
  if (isS390(domain)) return 's390';
  return 'isa';
}

export default defineRule({
  meta: {
    id: 'panic-device-placement',
    description: "two <panic> devices of the same model, an <address> on a panic model that has none (hyperv), or an ISA panic device with an address other than ISA",
    defaultSeverity: 'error',
    libvirtMessages: ["Multiple panic devices with model '%s'", "setting the panic device address is not supported for model '%s'", 'panic is supported only with ISA address type'],
  },
  check(domain, context) {
    const first = new Map<string, Panic>();
    for (let i = 0, list = domain.devices.panics; i < list.length; i++) {
      const p = list[i]!;
      const model = p.model?.value ?? defaultPanicModel(domain);
      if (model === 'hyperv' && p.address) {
        context.report({ range: p.address.nameRange, message: "the hyperv panic notifier is a Hyper-V enlightenment, not a device on a bus, so it takes no <address>: libvirt refuses this domain. Remove the <address>" });
      }
      const addressType = p.address?.type;
      if (model === 'isa' && addressType && addressType.value !== 'isa') {
        context.report({ range: addressType.range, message: `the ISA panic device (pvpanic at an I/O port) sits on the ISA bus, so its <address> must be type='isa' (with iobase), not '${addressType.value}': libvirt refuses this domain. Use <address type='isa' iobase='0x505'/> or remove the <address>` });
      }
      const earlier = first.get(model);
      if (earlier) {
        const implied = p.model || earlier.model ? '' : ` (neither names a model: libvirt gives both '${model}')`;
        context.report({ range: p.model?.range ?? p.nameRange, message: `a second <panic model='${model}'> (the first is on line ${earlier.range.start.line})${implied}: libvirt refuses this domain. Keep one per model` });
      } else first.set(model, p);
    }
  },
});
