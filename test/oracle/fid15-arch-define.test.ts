import { describeArchVerdicts } from './arch-verdicts.js';
import { ARCH_CASES } from './fid15-arch-cases.js';

/**
 * fid15-arch-cases.ts against libvirt 9.0's define (arch-verdicts.ts says what is compared).
 * VIRTLINT_DEFINE_PREFIX keeps parallel runs (one per branch) apart.
 */
describeArchVerdicts("guests of other architectures and guest sets: libvirt 9.0's define verdict pinned, virtlint agrees (oracle)", ARCH_CASES, {
  name: `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}fid15-arch`,
  tmp: 'virtlint-fid15-arch-',
});
