import type { FirmwareDescriptor } from './firmware.js';
import type { CapabilityProfile, MachineInfo } from './types.js';

/** What virtlint found out about the emulator on this machine (not about its capabilities). */
export interface HostFacts {
  /** The `<emulator>` path as written in the document. */
  readonly emulatorPath?: string;
  /** Whether the path exists here; undefined when not looked at (probing off). */
  readonly emulatorExists?: boolean;
  /** Whether live probing was enabled for this run. */
  readonly probeEnabled: boolean;
  /** The firmware descriptors installed on this host (read when probing is enabled). */
  readonly firmware?: readonly FirmwareDescriptor[];
}

/** The part of a domain that decides whether scoped (domcapabilities) answers apply to it. */
export interface DomainScopeQuery {
  readonly arch?: string;
  readonly machine?: string;
  readonly domainType?: string;
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** The family of a machine type: versions and the common aliases removed ("q35", "pc-q35-7.2" → "pc-q35"). */
export function machineFamily(name: string): string {
  if (name === 'q35') return 'pc-q35';
  if (name === 'pc') return 'pc-i440fx';
  return name.replace(/-\d+(\.\d+)*$/, '');
}

/**
 * Questions rules ask about an emulator. Every answer is three-valued: `undefined` means the
 * capability source does not say, and a rule must then stay silent rather than guess.
 */
export class CapabilityView {
  constructor(
    readonly profile: CapabilityProfile,
    readonly host: HostFacts = { probeEnabled: false },
  ) {}

  /** Human description of where the capabilities came from. */
  get source(): string {
    return this.profile.sourceDescription ?? (this.profile.emulator ? `capabilities of ${this.profile.emulator}` : 'capabilities profile');
  }

  /** True when no capability source answered (the view only carries host facts). */
  get isEmpty(): boolean {
    return Object.keys(this.profile).every((k) => k === 'sourceDescription' || k === 'format');
  }

  /** The firmware descriptors autoselection would choose from: the profile's captured set, else this host's; undefined when unknown. */
  firmwareDescriptors(): readonly FirmwareDescriptor[] | undefined {
    return this.profile.firmware ?? this.host.firmware;
  }

  hasDevice(qomType: string): boolean | undefined {
    const devices = this.profile.devices;
    if (devices && has(devices, qomType)) return true;
    if (this.profile.absentDevices?.includes(qomType)) return false;
    if (!devices || this.profile.devicesComplete !== true) return undefined;
    return false;
  }

  /** Whether a QOM device type has a property; undefined when the device's properties are not listed. */
  deviceHasProperty(qomType: string, property: string): boolean | undefined {
    const exists = this.hasDevice(qomType);
    if (exists === false) return false;
    if (exists === undefined) return undefined;
    const props = this.profile.devices?.[qomType];
    return props == null ? undefined : props.includes(property);
  }

  /** Values of a domcapabilities-style enumeration ("disk.bus"), if known. */
  enumValues(name: string): readonly string[] | undefined {
    const enums = this.profile.enums;
    return enums && has(enums, name) ? enums[name] : undefined;
  }

  /** Whether a domcapabilities element ("video", "tpm") is supported; undefined when not said. */
  elementSupported(name: string): boolean | undefined {
    const s = this.profile.supported;
    return s && has(s, name) ? s[name] : undefined;
  }

  /**
   * Whether scoped answers (`enums`, `supported`) hold for a domain: true when the profile has no scope
   * or the domain's arch and machine family match it; otherwise a reason they do not.
   * kvm and qemu (TCG) share device enumerations, so the domain type is not compared.
   */
  scopeMismatch(domain: DomainScopeQuery): string | undefined {
    const scope = this.profile.scope;
    if (!scope) return undefined;
    if (scope.arch && domain.arch && domain.arch !== scope.arch && !(this.profile.arches ?? []).includes(domain.arch)) {
      return `they describe arch '${scope.arch}', the domain uses '${domain.arch}'`;
    }
    if (scope.machine) {
      if (!domain.machine) return `they describe machine '${scope.machine}', the domain names no machine`;
      if (machineFamily(domain.machine) !== machineFamily(scope.machine)) {
        return `they describe machine '${scope.machine}', the domain uses '${domain.machine}'`;
      }
    }
    return undefined;
  }

  /** Resolves a machine name or alias ("pc", "q35") to the machine entry, if machines are known. */
  machine(name: string): MachineInfo | null | undefined {
    const machines = this.profile.machines;
    if (!machines) return this.profile.scope?.machine === name ? { name } : undefined;
    return machines.find((m) => m.name === name || m.alias === name) ?? null;
  }

  /**
   * The most vCPUs a machine type (name or alias; the default machine when `name` is undefined) takes;
   * undefined when the machine or its limit is not known.
   */
  machineMaxCpus(name: string | undefined): { readonly machine: string; readonly maxCpus: number } | undefined {
    const found = name === undefined ? this.profile.machines?.find((m) => m.isDefault) : this.machine(name);
    return found?.maxCpus === undefined ? undefined : { machine: found.name, maxCpus: found.maxCpus };
  }

  /** The machine names (and aliases) known, for suggestions in messages. */
  machineNames(): readonly string[] {
    return (this.profile.machines ?? []).flatMap((m) => (m.alias ? [m.alias, m.name] : [m.name]));
  }

  supportsArch(arch: string): boolean | undefined {
    const arches = this.profile.arches;
    if (arches) return arches.includes(arch);
    return this.profile.scope?.arch === arch ? true : undefined;
  }

  supportsDomainType(type: string): boolean | undefined {
    const types = this.profile.domainTypes;
    if (types?.includes(type) || this.profile.scope?.domainType === type) return true;
    if (!types || this.profile.domainTypesComplete === false) return undefined;
    return false;
  }

  /** Whether QEMU has a confidential guest object type (sev-guest, s390-pv-guest); undefined when the source does not list them. */
  hasConfidentialGuestType(qomType: string): boolean | undefined {
    return this.profile.confidentialGuestTypes?.includes(qomType);
  }

  /** Whether QEMU has a CPU model (query-cpu-definitions: max, host, …); undefined when the source does not list them. */
  hasCpuModel(name: string): boolean | undefined {
    return this.profile.cpuModels?.includes(name);
  }

  /** Whether libvirt's QEMU capabilities cache sets a flag; undefined when the source has no flags. */
  libvirtFlag(name: string): boolean | undefined {
    return this.profile.libvirtFlags?.includes(name);
  }
}
