import rule from '../../rules/virtio-serial-port.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const channel = (name: string, port: number, controller = 0, bus = 0): string => `<channel type='pty'><target type='virtio' name='${name}'/><address type='virtio-serial' controller='${controller}' bus='${bus}' port='${port}'/></channel>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts channels on ports 1 and 30 of a controller without ports=', code: addDevices(SEED, channel('a.0', 1) + channel('b.0', 30)) },
    { name: 'accepts one port number on two controllers', code: addDevices(SEED, channel('a.0', 1) + channel('b.0', 1, 1)) },
    { name: 'accepts a channel without a port next to one with a port', code: addDevices(SEED, `${channel('a.0', 1)}<channel type='pty'><target type='virtio' name='b.0'/></channel>`) },
  ],
  invalid: [
    {
      name: 'errs on a port used twice on one controller, whatever the bus, at the second',
      code: addDevices(SEED, channel('a.0', 1) + channel('b.0', 1, 0, 1)),
      errors: [{ severity: 'error', near: "bus='1' port='|1'", message: /line \d+/ }],
    },
    {
      name: 'errs on port 31 of a controller without ports=, and port 4 of one with ports=4 (1)',
      code: addDevices(SEED, channel('a.0', 31)),
      errors: [{ severity: 'error', near: "port='|31'", message: /31 ports/ }],
    },
    {
      name: 'errs on port 31 of a controller without ports=, and port 4 of one with ports=4 (2)',
      code: addDevices(edit(SEED, ["<controller type='virtio-serial' index='0'>", "<controller type='virtio-serial' index='0' ports='4'>"]), channel('a.0', 4)),
      errors: [{ severity: 'error', near: "port='|4'", message: /4 ports/ }],
    },
  ],
});
