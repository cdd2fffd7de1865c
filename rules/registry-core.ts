import type { Rule } from '../src/rule.js';
import ioeventfdRequiresVirtio from './ioeventfd-requires-virtio.js';

/** The seed rule: ioeventfd on non-virtio disks and interfaces. */
export const CORE_RULES: readonly Rule[] = [ioeventfdRequiresVirtio];
