import type { FirmwareDescriptor } from './firmware.js';

/**
 * What virtlint knows about one emulator. Plain data so it can be cached on disk, written by
 * `virtlint caps probe` and loaded from a profile file. Every field is optional: a source fills in
 * what it knows, and rules treat a missing field as "unknown" and stay silent.
 */
export interface CapabilityProfile {
  /** Format marker for virtlint's own JSON profile files. */
  readonly format?: 'virtlint-caps/1';
  /** Absolute path of the emulator binary this profile describes (if known). */
  readonly emulator?: string;
  /** Emulator version, e.g. "7.2.0". */
  readonly version?: string;
  /** The kind of source the profile was built from. */
  readonly origin?: ProfileOrigin;
  /** Guest architectures this emulator runs (libvirt names), e.g. ["x86_64", "i686"]. */
  readonly arches?: readonly string[];
  /** Domain types usable with this emulator, e.g. ["qemu", "kvm"]. */
  readonly domainTypes?: readonly string[];
  /**
   * Whether `domainTypes` is the full list (default true). When false, a type not listed is unknown,
   * not unsupported (e.g. a capabilities cache written by a libvirt virtlint has not been checked against).
   */
  readonly domainTypesComplete?: boolean;
  /** Machine types, with aliases such as "pc" → "pc-i440fx-7.2". */
  readonly machines?: readonly MachineInfo[];
  /**
   * QOM device types the emulator has, mapped to the properties known for each.
   * `null` means: the type exists, its properties were not listed.
   */
  readonly devices?: Readonly<Record<string, readonly string[] | null>>;
  /**
   * Whether `devices` lists every device type of the emulator (a probe sets it). Otherwise (the default,
   * as in a hand-written profile) a type not listed is unknown unless it is in `absentDevices`.
   */
  readonly devicesComplete?: boolean;
  /** Device types known to be missing (useful when `devicesComplete` is false). */
  readonly absentDevices?: readonly string[];
  /**
   * Enumerations in the style of libvirt's domcapabilities, keyed "<element>.<enum>",
   * e.g. "disk.bus": ["ide","sata","virtio"], "interface.backendType", "video.modelType".
   * When `scope` is set they only hold for that architecture, machine and domain type.
   */
  readonly enums?: Readonly<Record<string, readonly string[]>>;
  /** Elements a domcapabilities document marks supported='yes'/'no', keyed like "disk", "tpm", "features.sev". */
  readonly supported?: Readonly<Record<string, boolean>>;
  /** The one combination a domcapabilities document describes; `enums` and `supported` apply to it only. */
  readonly scope?: ProfileScope;
  /** libvirt capability flags from libvirt's QEMU capabilities cache (`<flag name=…/>`). */
  readonly libvirtFlags?: readonly string[];
  /** Version of the libvirt that wrote `libvirtFlags` (major·10⁶ + minor·10³ + micro), when known. */
  readonly libvirtVersion?: number;
  /** Firmware descriptors (a captured set of /usr/share/qemu/firmware/*.json) that autoselection chooses from. */
  readonly firmware?: readonly FirmwareDescriptor[];
  /** Where this profile came from, for --verbose and messages (e.g. "probe of /usr/bin/qemu-system-x86_64"). */
  readonly sourceDescription?: string;
  /**
   * QEMU's confidential guest object types (`qom-list-types` of the confidential-guest-support
   * interface: sev-guest, s390-pv-guest, …), when the source lists them (a probe of a QEMU that has
   * the interface, 6.0 and later, does); a type not listed is missing. libvirt refuses
   * `<launchSecurity>` whose object the emulator lacks.
   */
  readonly confidentialGuestTypes?: readonly string[];
  /**
   * QEMU's CPU models (`query-cpu-definitions`), when the source lists them (a probe does): the full
   * list, empty when QEMU has no such command (QEMU 7.2 for riscv64). libvirt allows
   * `<cpu mode='maximum'>` only when the list has `max`.
   */
  readonly cpuModels?: readonly string[];
}

export type ProfileOrigin = 'probe' | 'domcapabilities' | 'qemu-caps-cache' | 'profile';

export interface ProfileScope {
  readonly arch?: string;
  readonly machine?: string;
  readonly domainType?: string;
}

export interface MachineInfo {
  readonly name: string;
  readonly alias?: string;
  readonly isDefault?: boolean;
  /** The most vCPUs the machine type takes (QMP `cpu-max`, libvirt's `maxCpus`), when known. */
  readonly maxCpus?: number;
}
