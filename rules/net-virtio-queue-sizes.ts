import { effectiveNetModel, isVirtioNetModel } from '../src/model/virtio.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'net-virtio-queue-sizes',
    description: 'rx_queue_size or tx_queue_size on a virtio interface that is not a power of two',
    defaultSeverity: 'error',
    libvirtMessages: ['rx_queue_size has to be a power of two', 'tx_queue_size has to be a power of two'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      if (!nic.driver || !isVirtioNetModel(effectiveNetModel(domain, nic).model)) continue;
      for (const [name, key] of [['rx_queue_size', 'rxQueueSize'], ['tx_queue_size', 'txQueueSize']] as const) {
        const a = nic.driver[key];
        const n = a && /^[0-9]+$/.test(a.value) ? Number(a.value) : undefined;
        if (!a || n === undefined || (n > 0 && (n & (n - 1)) === 0)) continue;
        context.report({ range: a.range, message: `${name}='${a.value}' is not a power of two (e.g. 256, 512, 1024): libvirt refuses this domain` });
      }
    }
  },
});
