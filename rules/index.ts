import type { Rule } from '../src/rule.js';
import emulatorSupportsIoeventfd from './emulator-supports-ioeventfd.js';
import ioeventfdRequiresVirtio from './ioeventfd-requires-virtio.js';

/** Every rule virtlint ships, in a stable order (alphabetical by id). */
export const RULES: readonly Rule[] = [emulatorSupportsIoeventfd, ioeventfdRequiresVirtio].sort((a, b) =>
  a.meta.id.localeCompare(b.meta.id),
);

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
