import type { Rule } from '../src/rule.js';

/** Rules about devices: disks, interfaces, controllers, addresses. */
export const DEVICE_RULES: readonly Rule[] = [];
