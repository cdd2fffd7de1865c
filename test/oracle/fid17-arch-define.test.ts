import { describeArchVerdicts } from './arch-verdicts.js';
import { FID17_CASES } from './fid17-arch-cases.js';

/**
 * fid17-arch-cases.ts against libvirt 9.0 (arch-verdicts.ts says what is compared): `define`
 * verdicts. VIRTLINT_DEFINE_PREFIX keeps parallel runs apart.
 */
const name = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}fid17-arch`;

describeArchVerdicts("round 17's smartcards and redirected USB devices on emulators with and without them: libvirt 9.0's define verdict pinned, virtlint agrees (oracle)", FID17_CASES, { name, tmp: 'virtlint-fid17-arch-' });
