import fs from 'node:fs';
import path from 'node:path';

/**
 * What a QEMU firmware descriptor (docs/interop/firmware.json in QEMU; Debian's `ovmf` installs them
 * in /usr/share/qemu/firmware) says about one firmware build: the parts libvirt's autoselection
 * (`<os firmware='efi'|'bios'>`) matches a domain against.
 */
export interface FirmwareDescriptor {
  /** The descriptor's file name (libvirt orders and overrides descriptors by it). */
  readonly file: string;
  /** uefi, bios, openfirmware, … */
  readonly interfaceTypes: readonly string[];
  /** QEMU architecture names of the targets (x86_64, i386, aarch64, …). */
  readonly architectures: readonly string[];
  /** secure-boot, enrolled-keys, requires-smm, amd-sev, … */
  readonly features: readonly string[];
  /** Mapping device (flash, memory, kernel) and, for flash, its mode (split by default, combined, stateless). */
  readonly device: string;
  readonly mode?: string;
}

/** Where libvirt looks for descriptors; a file in a later directory replaces one of the same name. */
export const FIRMWARE_DESCRIPTOR_DIRS: readonly string[] = ['/usr/share/qemu/firmware', '/etc/qemu/firmware'];

/** Descriptors larger than this are ignored (real ones are about 1 KiB). */
const MAX_DESCRIPTOR_BYTES = 1024 * 1024;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Reads one parsed descriptor; undefined when it is not the expected shape. */
export function parseFirmwareDescriptor(data: unknown, file: string): FirmwareDescriptor | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const d = data as Record<string, unknown>;
  const mapping = typeof d.mapping === 'object' && d.mapping !== null ? (d.mapping as Record<string, unknown>) : {};
  const targets = Array.isArray(d.targets) ? d.targets : [];
  const architectures = targets.flatMap((t) => (typeof t === 'object' && t !== null && typeof (t as Record<string, unknown>).architecture === 'string' ? [(t as { architecture: string }).architecture] : []));
  if (typeof mapping.device !== 'string') return undefined;
  return {
    file,
    interfaceTypes: strings(d['interface-types']),
    architectures,
    features: strings(d.features),
    device: mapping.device,
    ...(typeof mapping.mode === 'string' ? { mode: mapping.mode } : {}),
  };
}

/**
 * The descriptors installed on this host, or undefined when none of the directories exists. An empty
 * file masks the descriptor of the same name (as in QEMU's specification); bad files are skipped.
 */
export function readFirmwareDescriptors(dirs: readonly string[] = FIRMWARE_DESCRIPTOR_DIRS): FirmwareDescriptor[] | undefined {
  const byName = new Map<string, FirmwareDescriptor | undefined>();
  let found = false;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = fs.readdirSync(dir).filter((n) => n.endsWith('.json'));
    } catch {
      continue;
    }
    found = true;
    for (const name of names) {
      try {
        const file = path.join(dir, name);
        const stat = fs.statSync(file);
        if (!stat.isFile() || stat.size > MAX_DESCRIPTOR_BYTES) continue;
        if (stat.size === 0) {
          byName.set(name, undefined);
          continue;
        }
        byName.set(name, parseFirmwareDescriptor(JSON.parse(fs.readFileSync(file, 'utf8')), name));
      } catch {
        byName.delete(name);
      }
    }
  }
  if (!found) return undefined;
  // By code unit, as libvirt sorts the names (strcmp); localeCompare also loaded ICU's collation (~5 ms a run).
  return [...byName.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, d]) => (d ? [d] : []));
}
