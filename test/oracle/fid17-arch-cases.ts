/**
 * Round 17's capability refusals with libvirt 9.0's define verdict pinned (`refuses`: a piece of its
 * message) and the rule that reports it, plus near misses libvirt defines: smartcards and redirected
 * USB devices on the s390x emulator, which has neither QEMU's CCID cards nor usb-redir (Debian's
 * qemu-system-s390x; libvirt's capabilities of it lack ccid-emulated, ccid-passthru and usb-redir),
 * and the same devices on emulators that have them. fid17-arch-define.test.ts checks both sides (the
 * fid15-arch-define pattern: capabilities from probes of this machine's emulators).
 */
import type { ArchCase } from './fid15-arch-cases.js';
import { otherGuest } from './other-arch.js';

const NAME = 'fid17-arch';
const EMULATOR: Readonly<Record<string, string>> = { aarch64: 'aarch64', riscv64: 'riscv64', s390x: 's390x', x86_64: 'x86_64' };
const MACHINE: Readonly<Record<string, string>> = { aarch64: 'virt', riscv64: 'virt', s390x: 's390-ccw-virtio', x86_64: 'q35' };

/** A guest of `arch` (its usual machine) with `devices`. */
const guest = (arch: string, devices: string): { emulator: string; text: string } => ({
  emulator: EMULATOR[arch]!,
  text: otherGuest({ name: NAME, arch, machine: MACHINE[arch]!, devices }),
});

/** A USB controller: without one libvirt refuses USB devices first ('USB is disabled …', usb-disabled's). */
const USB = "<controller type='usb' model='qemu-xhci'/>";
const TCP = "<source mode='connect' host='127.0.0.1' service='4000'/>";
const HOST = "<smartcard mode='host'/>";
const CERTS = "<smartcard mode='host-certificates'><certificate>cert1</certificate><certificate>cert2</certificate><certificate>cert3</certificate></smartcard>";
const PASSTHROUGH = `<smartcard mode='passthrough' type='tcp'>${TCP}</smartcard>`;
const REDIRDEV = `<redirdev bus='usb' type='tcp'>${TCP}</redirdev>`;
const FILTER = "<redirfilter><usbdev class='0x08' allow='no'/><usbdev allow='yes'/></redirfilter>";

const HOST_MODE = 'this QEMU binary lacks smartcard host mode support';
const NO_REDIR = 'USB redirection is not supported by this version of QEMU';
const RULE = 'emulator-supports-smartcard-redirdev';

export const FID17_CASES: readonly ArchCase[] = [
  { name: 's390x: a host smartcard beside a USB controller', ...guest('s390x', USB + HOST), refuses: HOST_MODE, rule: RULE },
  { name: 's390x: a host-certificates smartcard beside a USB controller', ...guest('s390x', USB + CERTS), refuses: HOST_MODE, rule: RULE },
  { name: 's390x: a passthrough smartcard beside a USB controller', ...guest('s390x', USB + PASSTHROUGH), refuses: 'this QEMU binary lacks smartcard passthrough mode support', rule: RULE },
  { name: 's390x: a redirected USB device beside a USB controller', ...guest('s390x', USB + REDIRDEV), refuses: NO_REDIR, rule: RULE },
  { name: 's390x: two redirected USB devices and a filter (refused for the device, not the filter)', ...guest('s390x', USB + REDIRDEV + REDIRDEV + FILTER), refuses: NO_REDIR, rule: RULE },
  { name: 's390x: two host smartcards (refused for the second card first)', ...guest('s390x', USB + HOST + HOST), refuses: 'this QEMU binary lacks multiple smartcard support', rule: 'smartcard-single' },
  { name: 's390x: a filter with rules and no redirected device (near miss)', ...guest('s390x', FILTER) },
  { name: 'aarch64 virt: a passthrough smartcard, a redirected device and a filter (near miss)', ...guest('aarch64', USB + PASSTHROUGH + REDIRDEV + FILTER) },
  { name: 'riscv64 virt: a host smartcard and a redirected device (near miss)', ...guest('riscv64', USB + HOST + REDIRDEV) },
  { name: 'x86_64 q35: host-certificates smartcard, a redirected device and a filter (near miss)', ...guest('x86_64', CERTS + REDIRDEV + FILTER) },
];
