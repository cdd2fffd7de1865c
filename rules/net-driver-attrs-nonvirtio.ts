import { effectiveNetModel, isVirtioNetModel } from '../src/model/virtio.js';
import { defineRule, removeAttributeFix } from '../src/rule.js';

/** virtio-net tuning knobs (ioeventfd is the seed rule's). */
const VIRTIO_ONLY = [
  ['event_idx', 'eventIdx'],
  ['queues', 'queues'],
  ['txmode', 'txmode'],
  ['rx_queue_size', 'rxQueueSize'],
  ['tx_queue_size', 'txQueueSize'],
] as const;

export default defineRule({
  meta: {
    id: 'net-driver-attrs-nonvirtio',
    description: 'virtio-net driver tuning (event_idx, queues, txmode, rx/tx_queue_size) on an interface that is not virtio: silently ignored',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(domain, context) {
    for (let i = 0, list = domain.devices.interfaces; i < list.length; i++) {
      const nic = list[i]!;
      if (!nic.driver) continue;
      const { model, defaulted } = effectiveNetModel(domain, nic);
      if (isVirtioNetModel(model)) continue;
      for (const [name, key] of VIRTIO_ONLY) {
        const a = nic.driver[key];
        if (!a) continue;
        const which = defaulted ? `has no <model>, so libvirt uses '${model}'` : `uses model '${model}'`;
        context.report({
          range: a.attributeRange,
          message: `${name} tunes virtio-net only; this interface ${which}, and libvirt silently ignores the setting. Remove ${name} or use <model type='virtio'/>`,
          fix: removeAttributeFix(context.sourceText, a),
        });
      }
    }
  },
});
