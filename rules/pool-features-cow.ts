import { definePoolRule } from '../src/rule.js';

const COW_POOLS = new Set(['dir', 'fs']);

export default definePoolRule({
  meta: {
    id: 'pool-features-cow',
    description: "<features><cow> on a pool that is not of type dir or fs",
    defaultSeverity: 'error',
    reportsOn: ['features/cow', 'features/cow@state', 'pool@type'],
    libvirtMessages: ["cow feature may only be used for 'fs' and 'dir' pools"],
  },
  check(pool, context) {
    const cow = pool.features?.cow;
    const type = pool.type?.value;
    if (!cow || type === undefined || COW_POOLS.has(type)) return;
    context.report({
      range: cow.nameRange,
      message: `<cow> in a pool of type '${type}': copy-on-write is a setting of the target directory of dir and fs pools only, and libvirt refuses it here. Remove <cow>`,
    });
  },
});
