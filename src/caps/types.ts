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
  /** Guest architectures this emulator runs, e.g. ["x86_64"]. */
  readonly arches?: readonly string[];
  /** Domain types usable with this emulator, e.g. ["qemu", "kvm"]. */
  readonly domainTypes?: readonly string[];
  /** Machine types, with aliases such as "pc" → "pc-i440fx-7.2". */
  readonly machines?: readonly MachineInfo[];
  /**
   * QOM device types the emulator has, mapped to the properties known for each.
   * `null` means: the type exists, its properties were not listed.
   */
  readonly devices?: Readonly<Record<string, readonly string[] | null>>;
  /**
   * Enumerations in the style of libvirt's domcapabilities, keyed "<element>.<enum>",
   * e.g. "disk.bus": ["ide","sata","virtio"], "interface.backendType", "video.modelType".
   */
  readonly enums?: Readonly<Record<string, readonly string[]>>;
  /** Where this profile came from, for --verbose and messages (e.g. "probe of /usr/bin/qemu-system-x86_64"). */
  readonly sourceDescription?: string;
}

export interface MachineInfo {
  readonly name: string;
  readonly alias?: string;
  readonly isDefault?: boolean;
}
