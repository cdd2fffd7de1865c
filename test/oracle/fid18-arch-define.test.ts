import { describeArchVerdicts } from './arch-verdicts.js';
import { FID18_CASES, FID18_START_CASES } from './fid18-arch-cases.js';

/**
 * fid18-arch-cases.ts against libvirt 9.0 (arch-verdicts.ts says what is compared): `define`
 * verdicts, and for the start cases `virsh start` of the defined guest (TCG).
 * VIRTLINT_DEFINE_PREFIX keeps parallel runs apart.
 */
const name = `${process.env.VIRTLINT_DEFINE_PREFIX ?? ''}fid18-arch`;

describeArchVerdicts("round 18's SCSI controller models, firmware autoselection and <cpu mode='maximum'>: libvirt 9.0's define verdict pinned, virtlint agrees (oracle)", FID18_CASES, { name, tmp: 'virtlint-fid18-arch-' });
describeArchVerdicts("round 18's documents libvirt 9.0 defines and refuses to start (firmware autoselection; USB controller, NIC, sound and watchdog models the s390x emulator lacks; an aarch64 TCG dimm on the default CPU): the start verdict pinned, virtlint agrees (oracle)", FID18_START_CASES, { name, tmp: 'virtlint-fid18-arch-', start: true });
