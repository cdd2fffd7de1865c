import { usableCapabilities } from '../src/caps/rule-support.js';
import type { CapabilityView } from '../src/caps/view.js';
import { isQemuDomain } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

const ID = 'emulator-supports-iothread-pool';
/** The libvirt release whose capabilities caches are read for an absent flag (checked against libvirt 9.0's cache). */
const KNOWN_LIBVIRT_MAJOR = 9;

/** "7.2.0" → true when at least 7.1 (QEMU 7.1 gave IOThreads and the main loop thread-pool-min/max). */
function atLeast71(version: string | undefined): boolean {
  const m = version ? /^(\d+)\.(\d+)/.exec(version) : null;
  if (!m) return false;
  const major = Number(m[1]);
  return major > 7 || (major === 7 && Number(m[2]) >= 1);
}

/**
 * Whether the emulator's IOThreads take thread-pool-max: libvirt's iothread.thread-pool-max flag
 * (trusted absent only from a libvirt 9 cache), else a QEMU version of 7.1 or later. An older
 * version is not taken for an answer: a probe does not list IOThread properties, and a
 * distribution may carry the property back.
 */
function hasThreadPool(caps: CapabilityView): boolean | undefined {
  const profile = caps.profile;
  if (caps.libvirtFlag('iothread.thread-pool-max')) return true;
  if (profile.libvirtFlags) {
    const v = profile.libvirtVersion;
    if (v !== undefined && Math.floor(v / 1_000_000) === KNOWN_LIBVIRT_MAJOR) return false;
  }
  return atLeast71(profile.version) ? true : undefined;
}

export default defineRule({
  meta: {
    id: ID,
    description: "thread_pool_min or thread_pool_max on an <iothread> or <defaultiothread> while the emulator's IOThreads have no thread-pool-max (QEMU before 7.1)",
    defaultSeverity: 'error',
    needsCapabilities: true,
    libvirtMessages: ['thread_pool_min and thread_pool_max is not supported by this QEMU binary'],
  },
  check(domain, context) {
    const pools = domain.threadPools;
    if (pools.length === 0) return;
    const caps = usableCapabilities(context, ID);
    if (!caps || !isQemuDomain(domain)) return; // libvirt's QEMU driver asks its capabilities
    const has = hasThreadPool(caps);
    if (has === undefined) {
      context.note(`${ID}: ${caps.source} does not say whether the emulator's IOThreads take thread-pool-min/max; not checked`);
      return;
    }
    if (has) return;
    for (let i = 0; i < pools.length; i++) {
      const pool = pools[i]!;
      const first = pool.min ?? pool.max!;
      const where = pool.tag === 'defaultiothread' ? '<defaultiothread>' : 'this IOThread';
      context.report({
        range: first.attributeRange,
        message: `The emulator's IOThreads have no thread-pool-min/max (${caps.source}; QEMU added them in 7.1): libvirt refuses worker pool bounds on ${where}. Remove thread_pool_min and thread_pool_max, or use a newer QEMU`,
      });
    }
  },
});
