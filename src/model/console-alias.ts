import type { Console } from './devices/chardev.js';
import type { Device, Domain } from './domain.js';

/**
 * The `<console>` that libvirt treats as an alias of serial port 0 (its "back-compat console"), or
 * undefined: the first console of an HVM guest whose target type is `serial` or unset, when a
 * `<serial>` exists. libvirt shares the serial's backend with it and leaves it out of every walk over
 * the devices (address assignment and conflicts, alias uniqueness), so its `<address>` and `<alias>`
 * are never checked against the other devices. Without a `<serial>`, libvirt turns the console into
 * serial port 0 instead, and then it is a real device.
 */
export function serialAliasConsole(domain: Domain): Console | undefined {
  const first = domain.devices.consoles[0];
  if (!first || domain.devices.serials.length === 0) return undefined;
  if ((domain.os?.type?.value ?? 'hvm') !== 'hvm') return undefined;
  const t = first.target?.type?.value;
  return t === undefined || t === 'serial' ? first : undefined;
}

/** The devices libvirt checks for conflicts: every device except the console that aliases serial port 0. */
export function devicesWithoutAliases(domain: Domain): readonly Device[] {
  const alias = serialAliasConsole(domain);
  return alias ? domain.devices.all.filter((d) => d !== alias) : domain.devices.all;
}
