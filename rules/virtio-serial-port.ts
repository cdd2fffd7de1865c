import { parseDecimal } from '../src/model/numbers.js';
import { defineRule } from '../src/rule.js';

/** The ports of a virtio-serial controller without ports= (libvirt's default). */
const DEFAULT_PORTS = 31;

export default defineRule({
  meta: {
    id: 'virtio-serial-port',
    description: "<address type='virtio-serial'> on a port the controller does not have, or on a port another device already uses",
    defaultSeverity: 'error',
    libvirtMessages: ['virtio serial port %u on controller %u is already occupied', 'virtio serial controller %u does not have port %u'],
  },
  check(domain, context) {
    let ports: Map<number, number> | undefined;
    let taken: Map<string, number> | undefined;
    for (let i = 0, list = domain.devices.all; i < list.length; i++) {
      const device = list[i]!;
      const a = device.address;
      if (a?.type?.value !== 'virtio-serial' || !a.port) continue;
      const port = parseDecimal(a.port.value);
      const controller = a.controller ? parseDecimal(a.controller.value) : 0;
      if (port === undefined || controller === undefined) continue;
      if (!ports) {
        ports = new Map();
        for (const c of domain.devices.controllers) {
          const index = parseDecimal(c.index?.value);
          if (c.type?.value === 'virtio-serial' && index !== undefined) ports.set(index, parseDecimal(c.ports?.value) ?? DEFAULT_PORTS);
        }
      }
      const count = ports.get(controller) ?? DEFAULT_PORTS;
      if (port >= count) {
        context.report({ range: a.port.range, message: `virtio-serial controller ${controller} has ${count} ports (0–${count - 1}), so port ${port} does not exist: libvirt refuses this domain. Use a lower port or raise the controller's ports=` });
        continue;
      }
      // The bus is not part of the key: libvirt counts ports per controller.
      const key = `${controller}:${port}`;
      taken ??= new Map();
      const first = taken.get(key);
      if (first === undefined) taken.set(key, device.range.start.line);
      else context.report({ range: a.port.range, message: `port ${port} of virtio-serial controller ${controller} is already used by the device on line ${first}: libvirt refuses this domain. Give each device its own port, or drop port= to let libvirt choose` });
    }
  },
});
