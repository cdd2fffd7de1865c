import type { Rule } from '../src/rule.js';
import ioeventfdRequiresVirtio from './ioeventfd-requires-virtio.js';
import policy from './policy.js';

/** The seed rule: ioeventfd on non-virtio disks and interfaces; and `policy`, the site policies of the configuration. */
export const CORE_RULES: readonly Rule[] = [ioeventfdRequiresVirtio, policy];
