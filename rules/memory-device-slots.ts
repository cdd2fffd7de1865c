import { isQemuDomain } from '../src/model/machine.js';
import { numaCellsKiB } from '../src/model/memory.js';
import { parseCUnsigned, parseDecimal, sizeInKiB } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'memory-device-slots',
    description: '<memory> devices without <maxMemory>, more of them than <maxMemory slots>, a DIMM slot address past the slots or used twice, a DIMM base address used twice, or NUMA cells plus devices above <maxMemory>',
    defaultSeverity: 'error',
    libvirtMessages: [
      "cannot use/hotplug a memory device when domain 'maxMemory' is not defined",
      "memory device count '%u' exceeds slots count '%u'",
      'failed to find an empty memory slot',
      "memory device slot '%u' exceeds slots count '%u'",
      "memory device slot '%u' is already being used by another memory device",
      "memory device base '0x%llx' is already being used by another memory device",
      'maximum memory size must be equal or greater than the actual memory size',
    ],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return; // other drivers (Xen, …) have their own rules
    const devices = domain.devices.memories;
    if (devices.length === 0) return;
    const max = domain.maxMemory;
    if (!max) {
      const first = devices[0]!;
      context.report({
        range: first.nameRange,
        message: `memory devices need memory hotplug, and the domain has no <maxMemory>: libvirt refuses this domain. Add <maxMemory slots='${devices.length}' unit='KiB'>…</maxMemory> (at least <memory> plus the devices' sizes)`,
      });
      return;
    }
    const slots = parseDecimal(max.slots?.value);
    if (slots === undefined || slots < 0) return; // max-memory-slots reports a missing slots count
    if (devices.length > slots) {
      const extra = devices[slots]!;
      context.report({
        range: extra.nameRange,
        message: `${devices.length} memory devices, but <maxMemory slots='${slots}'>: libvirt refuses this domain. Raise slots to at least ${devices.length} or remove devices`,
      });
    }
    // With NUMA cells, the guest's memory is the cells' memory plus every memory device.
    const maxKiB = sizeInKiB(max.value?.value, max.unit?.value);
    const cellsKiB = numaCellsKiB(domain);
    const devicesKiB = devices.reduce<number | undefined>((sum, d) => (sum === undefined || d.size?.kib === undefined ? undefined : sum + d.size.kib), 0);
    if (maxKiB !== undefined && cellsKiB !== undefined && devicesKiB !== undefined && cellsKiB + devicesKiB > maxKiB) {
      context.report({
        range: max.value?.range ?? max.nameRange,
        message: `the NUMA cells (${cellsKiB} KiB) and memory devices (${devicesKiB} KiB) add up to ${cellsKiB + devicesKiB} KiB, more than <maxMemory> (${maxKiB} KiB): libvirt refuses this domain. Raise maxMemory or shrink the devices`,
      });
    }
    const used = new Map<number, true>();
    let bases: Map<bigint, number> | undefined;
    for (let i = 0, list = devices; i < list.length; i++) {
      const d = list[i]!;
      const a = d.address;
      if (a?.type?.value !== 'dimm') continue;
      const baseAttr = a.base;
      // libvirt reads base in hex, with or without 0x ('100000000' is 0x100000000).
      const hex = baseAttr ? /^\s*(?:0x)?([0-9a-f]+)\s*$/i.exec(baseAttr.value) : null;
      const base = hex ? BigInt(`0x${hex[1]}`) : undefined;
      if (baseAttr && base !== undefined) {
        bases ??= new Map();
        const first = bases.get(base);
        if (first === undefined) bases.set(base, baseAttr.range.start.line);
        else context.report({ range: baseAttr.range, message: `memory base address ${baseAttr.value} is already the base of the memory device on line ${first}: libvirt refuses this domain. Give each device its own base, or drop base= and let QEMU place it` });
      }
      const slotAttr = a.slot;
      const slot = parseCUnsigned(slotAttr?.value);
      if (!slotAttr || slot === undefined) continue;
      if (slot >= slots) {
        context.report({
          range: slotAttr.range,
          message: `memory slot ${slot} does not exist: <maxMemory slots='${slots}'> gives slots 0–${slots - 1}: libvirt refuses this domain. Use a lower slot or raise slots`,
        });
      } else if (used.has(slot)) {
        context.report({ range: slotAttr.range, message: `memory slot ${slot} is already taken by another memory device: libvirt refuses this domain. Give each device its own slot, or drop the address` });
      } else {
        used.set(slot, true);
      }
    }
  },
});
