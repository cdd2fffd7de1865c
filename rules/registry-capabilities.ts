import type { Rule } from '../src/rule.js';
import emulatorSupportsIoeventfd from './emulator-supports-ioeventfd.js';

/** Rules that need emulator capabilities (silent without a capability source). */
export const CAPABILITY_RULES: readonly Rule[] = [emulatorSupportsIoeventfd];
