import path from 'node:path';
import { archesServedBy, libvirtArchOfQemuTarget, qemuTargetOfBinaryName } from './arch.js';
import { DEFAULT_QMP_LIMITS, ProbeError, QmpCommandError, QmpSession, type QmpLimits } from './qmp-session.js';
import type { CapabilityProfile, MachineInfo } from './types.js';

/**
 * Devices whose property lists rules need (ioeventfd and friends on virtio transports). Only those the
 * emulator has are asked for: `device-list-properties` instantiates the type.
 */
export const DEVICES_WITH_PROPERTIES: readonly string[] = [
  'virtio-blk-pci',
  'virtio-blk-pci-transitional',
  'virtio-blk-pci-non-transitional',
  'virtio-blk-ccw',
  'virtio-blk-device',
  'virtio-net-pci',
  'virtio-net-pci-transitional',
  'virtio-net-pci-non-transitional',
  'virtio-net-ccw',
  'virtio-net-device',
  'virtio-scsi-pci',
  'virtio-scsi-ccw',
  'virtio-scsi-device',
];

/** QEMU accelerator QOM types → libvirt domain types. */
const ACCEL_DOMAIN_TYPES: Readonly<Record<string, string>> = { 'tcg-accel': 'qemu', 'kvm-accel': 'kvm', 'hvf-accel': 'hvf' };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function names(list: unknown): string[] {
  if (!Array.isArray(list)) throw new ProbeError('unexpected answer to qom-list-types');
  return list.flatMap((t) => (isRecord(t) && typeof t.name === 'string' ? [t.name] : []));
}

function versionOf(v: unknown): string | undefined {
  if (!isRecord(v) || !isRecord(v.qemu)) return undefined;
  const { major, minor, micro } = v.qemu;
  return [major, minor, micro].every((n) => typeof n === 'number') ? `${major}.${minor}.${micro}` : undefined;
}

const isPositiveInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

function machinesOf(v: unknown): MachineInfo[] {
  if (!Array.isArray(v)) throw new ProbeError('unexpected answer to query-machines');
  return v
    .flatMap((m): MachineInfo[] => {
      if (!isRecord(m) || typeof m.name !== 'string') return [];
      const maxCpus = m['cpu-max'];
      return [
        {
          name: m.name,
          ...(typeof m.alias === 'string' ? { alias: m.alias } : {}),
          ...(m['is-default'] === true ? { isDefault: true } : {}),
          ...(isPositiveInteger(maxCpus) ? { maxCpus } : {}),
        },
      ];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Asks a running emulator what it supports: version, target arch, accelerators, machine types,
 * every device type and the properties of the devices rules ask about.
 */
export async function probeSession(session: QmpSession, emulatorPath: string): Promise<CapabilityProfile> {
  const version = versionOf(await session.execute('query-version'));
  let target: string | undefined;
  try {
    const t = await session.execute('query-target');
    if (isRecord(t) && typeof t.arch === 'string') target = t.arch;
  } catch (e) {
    if (!(e instanceof QmpCommandError)) throw e; // older QEMU without query-target: fall back to the name
  }
  target ??= qemuTargetOfBinaryName(path.basename(emulatorPath));
  const accels = names(await session.execute('qom-list-types', { implements: 'accel', abstract: false }));
  const deviceTypes = names(await session.execute('qom-list-types', { implements: 'device', abstract: false })).sort();
  // The interface itself is listed (abstract) when QEMU has it: before 6.0 it did not, and an empty list
  // would then read as "no confidential guest object" (an SEV guest on QEMU 5.2 has sev-guest all the same).
  const confidential = await session.execute('qom-list-types', { implements: 'confidential-guest-support', abstract: true });
  const confidentialGuestTypes = names(confidential).includes('confidential-guest-support')
    ? (confidential as unknown[]).filter((t) => isRecord(t) && t.abstract !== true).map((t) => (t as { name: string }).name).sort()
    : undefined;
  let cpuModels: string[] = [];
  try {
    cpuModels = names(await session.execute('query-cpu-definitions')).sort();
  } catch (e) {
    if (!(e instanceof QmpCommandError)) throw e; // no such command (riscv64 in QEMU 7.2): libvirt knows no CPU model either
  }
  const machines = machinesOf(await session.execute('query-machines'));
  const present = new Set(deviceTypes);
  const devices: Record<string, string[] | null> = {};
  for (const t of deviceTypes) devices[t] = null;
  for (const t of DEVICES_WITH_PROPERTIES) {
    if (!present.has(t)) continue;
    try {
      devices[t] = names(await session.execute('device-list-properties', { typename: t })).sort();
    } catch (e) {
      if (!(e instanceof QmpCommandError)) throw e; // properties unknown; the type still exists
    }
  }
  const domainTypes = accels.flatMap((a) => ACCEL_DOMAIN_TYPES[a] ?? []).sort();
  return {
    format: 'virtlint-caps/1',
    origin: 'probe',
    emulator: emulatorPath,
    ...(version ? { version } : {}),
    ...(target ? { arches: archesServedBy(libvirtArchOfQemuTarget(target)) } : {}),
    domainTypes,
    machines,
    devices,
    devicesComplete: true,
    ...(confidentialGuestTypes ? { confidentialGuestTypes } : {}),
    cpuModels,
    sourceDescription: `probe of ${emulatorPath}${version ? ` (QEMU ${version})` : ''}`,
  };
}

/** Runs `binary` (already allowed by policy) and probes it; always ends the process. */
export async function probeEmulator(binary: string, emulatorPath: string = binary, limits: QmpLimits = DEFAULT_QMP_LIMITS): Promise<CapabilityProfile> {
  const session = await QmpSession.open(binary, limits);
  try {
    return await probeSession(session, emulatorPath);
  } finally {
    await session.close();
  }
}
