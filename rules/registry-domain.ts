import type { Rule } from '../src/rule.js';

/** Rules about the rest of the domain: boot, OS and firmware, CPU, memory, graphics, other devices. */
export const DOMAIN_RULES: readonly Rule[] = [];
