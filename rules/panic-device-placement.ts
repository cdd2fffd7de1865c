import type { Panic } from '../src/model/index.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'panic-device-placement',
    description: "two <panic> devices of the same model, or an <address> on a panic model that has none (hyperv)",
    defaultSeverity: 'error',
    libvirtMessages: ["Multiple panic devices with model '%s'", "setting the panic device address is not supported for model '%s'"],
  },
  check(domain, context) {
    const first = new Map<string, Panic>();
    for (let i = 0, list = domain.devices.panics; i < list.length; i++) {
      const p = list[i]!;
      const model = p.model?.value ?? '';
      if (model === 'hyperv' && p.address) {
        context.report({ range: p.address.nameRange, message: "the hyperv panic notifier is a Hyper-V enlightenment, not a device on a bus, so it takes no <address>: libvirt refuses this domain. Remove the <address>" });
      }
      if (!model) continue;
      const earlier = first.get(model);
      if (earlier) {
        context.report({ range: p.model!.range, message: `a second <panic model='${model}'> (the first is on line ${earlier.range.start.line}): libvirt refuses this domain. Keep one per model` });
      } else first.set(model, p);
    }
  },
});
