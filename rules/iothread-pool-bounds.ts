import type { ThreadPool } from '../src/model/index.js';
import { parseDecimal } from '../src/model/numbers.js';
import { defineRule, type RuleContext } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'iothread-pool-bounds',
    description: 'IOThread worker pool bounds libvirt refuses, on <iothread> and <defaultiothread>: thread_pool_min without a thread_pool_max at least as large, thread_pool_max 0',
    defaultSeverity: 'error',
    libvirtMessages: ['thread_pool_min must be smaller or equal to thread_pool_max', 'thread_pool_max must be a positive integer'],
  },
  check(domain, context) {
    for (let i = 0, list = domain.threadPools; i < list.length; i++) checkPool(context, list[i]!);
  },
});

function checkPool(context: RuleContext, pool: ThreadPool): void {
  const where = pool.tag === 'defaultiothread' ? '<defaultiothread>' : 'this IOThread';
  const max = parseDecimal(pool.max?.value);
  if (pool.max && max === 0) {
    context.report({ range: pool.max.range, message: `thread_pool_max='0' leaves ${where} no worker thread: libvirt refuses this domain. Use 1 or more, or remove it` });
    return;
  }
  const min = parseDecimal(pool.min?.value);
  if (!pool.min || min === undefined) return;
  // libvirt 9.0 refuses a minimum without a maximum, whatever the minimum (0 included).
  if (!pool.max) {
    context.report({ range: pool.min.attributeRange, message: `thread_pool_min needs thread_pool_max beside it on ${where} (libvirt 9.0 compares the two and refuses a minimum alone): libvirt refuses this domain. Add thread_pool_max='${Math.max(min, 1)}' or more` });
  } else if (max !== undefined && min > max) {
    context.report({ range: pool.min.range, message: `thread_pool_min='${min}' is above thread_pool_max='${max}' on ${where}: libvirt refuses this domain. Lower the minimum or raise the maximum` });
  }
}
