import { describeArchVerdicts } from './arch-verdicts.js';
import { FID16_CASES, FID16_START_CASES } from './fid16-arch-cases.js';

/**
 * fid16-arch-cases.ts against libvirt 9.0 (arch-verdicts.ts says what is compared): `define`
 * verdicts, and for the start cases `virsh start` of the defined guest (TCG).
 * VIRTLINT_DEFINE_PREFIX keeps parallel runs apart.
 */
const name = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}fid16-arch`;

describeArchVerdicts("round 16's zPCI, launch security, parallel, genid, memory, TPM and PCI bridge documents: libvirt 9.0's define verdict pinned, virtlint agrees (oracle)", FID16_CASES, { name, tmp: 'virtlint-fid16-arch-' });
describeArchVerdicts("round 16's documents libvirt 9.0 defines and QEMU refuses to start (TCG): the start verdict pinned, virtlint agrees (oracle)", FID16_START_CASES, { name, tmp: 'virtlint-fid16-arch-', start: true });
