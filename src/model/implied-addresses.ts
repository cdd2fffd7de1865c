import type { Disk } from './devices/disk.js';
import type { Hostdev } from './devices/hostdev.js';
import type { Domain } from './domain.js';
import { driveAddress } from './address.js';
import { effectiveDiskBus } from './virtio.js';
import type { Range } from '../types.js';
import type { Attr, Span } from './located.js';

/** The drive-address spaces: each bus kind numbers its drives separately (SCSI disks and hostdevs share one). */
export type DriveSpace = 'ide' | 'sata' | 'scsi' | 'fdc';

/**
 * Where a device sits on a drive bus, as libvirt resolves it before it checks for conflicts: the
 * `<address type='drive'>` written in the document, or — for a disk without an `<address>` — the
 * address libvirt derives from its target name.
 */
export interface DriveSlot {
  readonly device: Disk | Hostdev;
  readonly space: DriveSpace;
  readonly controller: number;
  readonly bus: number;
  readonly target: number;
  readonly unit: number;
  /** `written`: from the device's `<address>`; `implied`: derived from `<target dev>`. */
  readonly origin: 'written' | 'implied';
  /** What to point at: the `<address>` element name, or the `dev` value for implied addresses. */
  readonly range: Range;
}

/**
 * A slot whose `range` is made when a rule reports (rarely): every disk of every document gets a
 * slot, and making the range resolved the line and column of each disk's address or target name.
 */
class Slot implements DriveSlot {
  constructor(
    readonly device: Disk | Hostdev,
    readonly space: DriveSpace,
    readonly controller: number,
    readonly bus: number,
    readonly target: number,
    readonly unit: number,
    readonly origin: 'written' | 'implied',
    /** Written: the `<address>` (the range is its element name); implied: the `dev` attribute (its value). */
    private readonly at: Span | Attr,
  ) {}

  get range(): Range {
    return this.origin === 'written' ? this.at.nameRange : (this.at as Attr).range;
  }
}

const DRIVE_SPACES = new Set<string>(['ide', 'sata', 'scsi', 'fdc']);
const PREFIXES = ['xvd', 'ubd', 'hd', 'sd', 'vd', 'fd'];

/**
 * The disk index libvirt reads from a target name (virDiskNameToIndex): the letters after the prefix
 * in base 26 (sda → 0, sdz → 25, sdaa → 26). Undefined for names libvirt cannot parse (reported by
 * disk-target-name-valid) and for partition names.
 */
export function diskIndex(dev: string): number | undefined {
  // Loops by index, not a find with a closure and a for…of over the string: this runs for every disk.
  let prefix: string | undefined;
  for (let i = 0; i < PREFIXES.length && prefix === undefined; i++) if (dev.startsWith(PREFIXES[i]!)) prefix = PREFIXES[i];
  if (!prefix) return undefined;
  const letters = dev.slice(prefix.length);
  if (!/^[a-z]+$/.test(letters)) return undefined;
  let idx = -1;
  // By code unit: the letters are a–z, so the same as by character.
  for (let i = 0; i < letters.length; i++) idx = (idx + 1) * 26 + (letters.charCodeAt(i) - 97);
  return idx <= 0x7fffffff ? idx : undefined;
}

/**
 * libvirt's default mapping from a disk index to a drive address (virDomainDiskDefAssignAddress, the
 * narrow-SCSI mapping the QEMU driver uses): IDE 2 units × 2 buses per controller, SATA 6 units,
 * SCSI 7 units, FDC 2 units per controller; everything else at bus 0, target 0.
 */
export function impliedDriveAddress(space: DriveSpace, idx: number): { controller: number; bus: number; target: number; unit: number } {
  switch (space) {
    case 'ide':
      return { controller: Math.floor(idx / 4), bus: Math.floor((idx % 4) / 2), target: 0, unit: idx % 2 };
    case 'sata':
      return { controller: Math.floor(idx / 6), bus: 0, target: 0, unit: idx % 6 };
    case 'scsi':
      return { controller: Math.floor(idx / 7), bus: 0, target: 0, unit: idx % 7 };
    case 'fdc':
      return { controller: Math.floor(idx / 2), bus: 0, target: 0, unit: idx % 2 };
  }
}

/** The drive slot of one disk (written or implied), or undefined when it is not on a drive bus or has another address type. */
export function diskDriveSlot(disk: Disk): DriveSlot | undefined {
  const space = effectiveDiskBus(disk);
  if (!space || !DRIVE_SPACES.has(space)) return undefined;
  const s = space as DriveSpace;
  if (disk.address) {
    const a = driveAddress(disk.address);
    return a ? new Slot(disk, s, a.controller, a.bus, a.target, a.unit, 'written', disk.address) : undefined;
  }
  const dev = disk.target?.dev;
  const idx = dev ? diskIndex(dev.value) : undefined;
  if (!dev || idx === undefined) return undefined;
  const at = impliedDriveAddress(s, idx);
  return new Slot(disk, s, at.controller, at.bus, at.target, at.unit, 'implied', dev);
}

/**
 * Every drive slot, disks first (document order), then SCSI host devices: disks on ide/sata/scsi/fdc buses (written or implied) and SCSI
 * host devices with a written drive address. A SCSI hostdev without one gets the first free unit from
 * libvirt, so it never conflicts and is left out.
 */
export function driveSlots(domain: Domain): DriveSlot[] {
  const out: DriveSlot[] = [];
  for (let i = 0, list = domain.devices.disks; i < list.length; i++) {
    const disk = list[i]!;
    const slot = diskDriveSlot(disk);
    if (slot) out.push(slot);
  }
  for (let i = 0, list = domain.devices.hostdevs; i < list.length; i++) {
    const hd = list[i]!;
    if (hd.type?.value !== 'scsi') continue;
    const a = driveAddress(hd.address);
    if (a) out.push(new Slot(hd, 'scsi', a.controller, a.bus, a.target, a.unit, 'written', a.address));
  }
  return out;
}

/** libvirt's way of printing a drive address. */
export function formatDrive(s: { controller: number; bus: number; target: number; unit: number }): string {
  return `controller='${s.controller}' bus='${s.bus}' target='${s.target}' unit='${s.unit}'`;
}

/** How messages name a drive slot's device and where its address came from. */
export function describeDriveSlot(s: DriveSlot): string {
  const who = s.device.kind === 'disk' ? `disk '${s.device.target?.dev?.value ?? '?'}'` : 'the SCSI host device';
  const from = s.origin === 'implied' ? `the address libvirt derives from target '${s.device.kind === 'disk' ? (s.device.target?.dev?.value ?? '?') : '?'}'` : 'its <address>';
  return `${who} on line ${s.device.range.start.line} (${from})`;
}
