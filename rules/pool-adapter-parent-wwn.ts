import { definePoolRule } from '../src/rule.js';

export default definePoolRule({
  meta: {
    id: 'pool-adapter-parent-wwn',
    description: "an fc_host <adapter> with parent_wwnn but no parent_wwpn, or parent_wwpn but no parent_wwnn",
    defaultSeverity: 'error',
    reportsOn: ['source/adapter@parent_wwnn', 'source/adapter@parent_wwpn'],
    libvirtMessages: ["when providing parent_wwnn='%s', the parent_wwpn must also be provided", "when providing parent_wwpn='%s', the parent_wwnn must also be provided"],
  },
  check(pool, context) {
    const adapter = pool.source?.adapter;
    if (!adapter || adapter.type?.value !== 'fc_host') return;
    const { parentWwnn, parentWwpn } = adapter;
    if (parentWwnn && !parentWwpn) {
      context.report({
        range: parentWwnn.attributeRange,
        message: `parent_wwnn='${parentWwnn.value}' without parent_wwpn: libvirt finds the parent HBA by both names and refuses the pool. Add the parent's parent_wwpn, or name the parent by parent= instead`,
      });
    } else if (parentWwpn && !parentWwnn) {
      context.report({
        range: parentWwpn.attributeRange,
        message: `parent_wwpn='${parentWwpn.value}' without parent_wwnn: libvirt finds the parent HBA by both names and refuses the pool. Add the parent's parent_wwnn, or name the parent by parent= instead`,
      });
    }
  },
});
