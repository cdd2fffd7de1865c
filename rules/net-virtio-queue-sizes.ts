import { effectiveNetModel, isVirtioNetModel } from '../src/model/virtio.js';
import type { Attr } from '../src/model/index.js';
import { defineRule, type RuleContext } from '../src/rule.js';

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
      judge(context, 'rx_queue_size', nic.driver.rxQueueSize);
      judge(context, 'tx_queue_size', nic.driver.txQueueSize);
    }
  },
});

/** One queue size (two calls, not a loop over a table of tuples made per interface). */
function judge(context: RuleContext, name: string, a: Attr | undefined): void {
  const n = a && /^[0-9]+$/.test(a.value) ? Number(a.value) : undefined;
  if (!a || n === undefined || (n > 0 && (n & (n - 1)) === 0)) return;
  context.report({ range: a.range, message: `${name}='${a.value}' is not a power of two (e.g. 256, 512, 1024): libvirt refuses this domain` });
}
