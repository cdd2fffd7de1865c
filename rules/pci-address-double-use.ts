import { formatPci, pciAddress } from '../src/model/address.js';
import { deviceAddresses } from '../src/model/controllers.js';
import { serialAliasConsole } from '../src/model/console-alias.js';
import { isI440fx, isQ35 } from '../src/model/machine.js';
import type { Address, Domain } from '../src/model/index.js';
import { defineRule } from '../src/rule.js';

/**
 * Built-in functions libvirt reserves on bus 0 (verified with libvirt 9.0), by machine. The value
 * names the device and, when that device may be written out as a <controller> (virt-manager does),
 * the controller type that is the built-in device itself.
 */
type BuiltIns = ReadonlyMap<string, { readonly what: string; readonly self?: string }>;
const I440FX_NO_USB: BuiltIns = new Map([
  ['0:0:1:0', { what: 'the PIIX3 ISA bridge' }],
  ['0:0:1:1', { what: 'the built-in IDE controller', self: 'ide' }],
  ['0:0:1:3', { what: 'the PIIX4 power-management device' }],
]);
const I440FX: BuiltIns = new Map([...I440FX_NO_USB, ['0:0:1:2', { what: 'the default USB controller libvirt adds' }]]);
const Q35: BuiltIns = new Map([
  ['0:0:31:0', { what: 'the ICH9 LPC bridge' }],
  ['0:0:31:2', { what: 'the built-in SATA controller', self: 'sata' }],
  ['0:0:31:3', { what: 'the ICH9 SMBus controller' }],
]);
const NO_BUILTINS: BuiltIns = new Map();

/** The type of the controller written at `address` (a search, not a map: it is asked of one or two addresses at most). */
function controllerTypeAt(domain: Domain, address: Address): string | undefined {
  for (const c of domain.devices.controllers) if (c.address === address) return c.type?.value;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'pci-address-double-use',
    description: "two devices at the same PCI address, or a device on a function the machine's built-in devices occupy",
    defaultSeverity: 'error',
    libvirtMessages: ['Attempted double use of PCI Address %s'],
  },
  check(domain, context) {
    const builtIn = isI440fx(domain) ? (domain.devices.controllers.some((c) => c.type?.value === 'usb') ? I440FX : I440FX_NO_USB) : isQ35(domain) ? Q35 : NO_BUILTINS;
    const seen = new Map<string, number>();
    // The console aliasing serial port 0 is not a device of its own: libvirt never checks its address.
    const aliasAddress = serialAliasConsole(domain)?.address;
    for (let i = 0, list = deviceAddresses(domain); i < list.length; i++) {
      const { kind, address } = list[i]!;
      const p = address === aliasAddress ? undefined : pciAddress(address);
      if (!p) continue;
      const key = `${p.domain}:${p.bus}:${p.slot}:${p.function}`;
      const b = builtIn.get(key);
      const taken = b && !(b.self && kind === 'controller' && controllerTypeAt(domain, address) === b.self) ? b.what : undefined;
      const line = seen.get(key);
      if (taken === undefined && line === undefined) {
        seen.set(key, address.range.start.line);
        continue;
      }
      context.report({
        range: address.nameRange,
        message: `PCI address ${formatPci(p)} of this <${kind}> is already used by ${taken ?? `the device on line ${line}`}: libvirt refuses this domain. Pick a free slot or remove the <address> to let libvirt choose`,
      });
    }
  },
});
