import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'boot-order-mixed',
    description: '<boot order> on devices together with <os><boot dev>',
    defaultSeverity: 'error',
    libvirtMessages: ['per-device boot elements cannot be used together with os/boot elements'],
  },
  check(domain, context) {
    const osBoot = domain.os?.bootDevices[0];
    if (!osBoot || domain.deviceBoots.length === 0) return;
    for (let i = 0, list = domain.deviceBoots; i < list.length; i++) {
      const { order } = list[i]!;
      context.report({
        range: order.range,
        message: `per-device <boot order> cannot be combined with <os><boot dev='${osBoot.value}'/> (line ${osBoot.range.start.line}): libvirt refuses this domain. Keep one style: remove the <os><boot> elements, or these <boot order> elements`,
      });
    }
  },
});
