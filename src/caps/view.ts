import type { CapabilityProfile, MachineInfo } from './types.js';

/**
 * Questions rules ask about an emulator. Every answer is three-valued: `undefined` means the
 * capability source does not say, and a rule must then stay silent rather than guess.
 */
export class CapabilityView {
  constructor(readonly profile: CapabilityProfile) {}

  /** Human description of where the capabilities came from. */
  get source(): string {
    return this.profile.sourceDescription ?? (this.profile.emulator ? `capabilities of ${this.profile.emulator}` : 'capabilities profile');
  }

  hasDevice(qomType: string): boolean | undefined {
    const devices = this.profile.devices;
    if (!devices) return undefined;
    return Object.prototype.hasOwnProperty.call(devices, qomType);
  }

  /** Whether a QOM device type has a property; undefined when the device's properties are not listed. */
  deviceHasProperty(qomType: string, property: string): boolean | undefined {
    const devices = this.profile.devices;
    if (!devices || !Object.prototype.hasOwnProperty.call(devices, qomType)) return devices ? false : undefined;
    const props = devices[qomType];
    return props == null ? undefined : props.includes(property);
  }

  /** Values of a domcapabilities-style enumeration ("disk.bus"), if known. */
  enumValues(name: string): readonly string[] | undefined {
    return this.profile.enums?.[name];
  }

  /** Resolves a machine name or alias ("pc", "q35") to the machine entry, if machines are known. */
  machine(name: string): MachineInfo | null | undefined {
    const machines = this.profile.machines;
    if (!machines) return undefined;
    return machines.find((m) => m.name === name || m.alias === name) ?? null;
  }
}
