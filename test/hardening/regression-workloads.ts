/**
 * The workloads of regressions.test.ts's complexity tests, timed in a fresh process through
 * `prepare` (test/helpers/fresh-cost.ts). Each builds its document of size `n` once and returns
 * the function that lints it.
 */
import { lintText, type LintOptions } from '../../src/linter/lint.js';

const HEAD = "<domain type='kvm'><name>r</name><memory>1048576</memory><os><type>hvm</type></os>";

export const DOCUMENTS = {
  /** One disk with `n` attributes the grammar does not know. */
  unknownAttributes: (n: number): string =>
    `${HEAD}<devices><disk type='file' device='disk' ${Array.from({ length: n }, (_, i) => `u${i}='1'`).join(' ')}><source file='/x'/><target dev='vda' bus='virtio'/></disk></devices></domain>`,
  /** `n` sibling disks, each with an invalid value. */
  invalidSiblings: (n: number): string =>
    `${HEAD}<devices>${"<disk type='file' device='disk'><driver cache='bogus'/><source file='/x'/><target dev='vda' bus='virtio'/></disk>".repeat(n)}</devices></domain>`,
  /** `n` disks, each after a disable-next-line comment. */
  disabledLines: (n: number): string =>
    `${HEAD}<devices>${"<!-- virtlint-disable-next-line disk-target-unique -->\n<disk type='file' device='disk'><source file='/x'/><target dev='vda' bus='virtio'/></disk>\n".repeat(n)}</devices></domain>`,
  /** `n` disks, each in a disable … enable block. */
  disabledBlocks: (n: number): string =>
    `${HEAD}<devices>${"<!-- virtlint-disable disk-target-unique -->\n<disk type='file' device='disk'><source file='/x'/><target dev='vda' bus='virtio'/></disk>\n<!-- virtlint-enable disk-target-unique -->\n".repeat(n)}</devices></domain>`,
} as const;

export type WorkloadName = keyof typeof DOCUMENTS;

/** Options every workload is linted with: room for the attribute-heavy one. */
const OPTIONS: LintOptions = { maxAttributes: 100000 };

export async function prepare(name: WorkloadName, n: number): Promise<() => Promise<void>> {
  const text = DOCUMENTS[name](n);
  await lintText(DOCUMENTS[name](3), OPTIONS); // grammar and sub-grammars compiled outside the measurement
  return async () => {
    await lintText(text, OPTIONS);
  };
}
