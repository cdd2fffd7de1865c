import rule from '../../rules/chardev-reconnect.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

const tcp = (mode: string, timeout: string): string =>
  `<serial type='tcp'><source mode='${mode}' host='127.0.0.1' service='4555'><reconnect enabled='yes' timeout='${timeout}'/></source><protocol type='raw'/><target port='1'/></serial>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts reconnect for a connecting source', code: addDevices(SEED, tcp('connect', '10')) },
  ],
  invalid: [
    {
      name: 'errs on reconnect for a listening source',
      code: addDevices(SEED, tcp('bind', '10')),
      errors: [{ severity: 'error', near: '<|reconnect' }],
    },
    {
      name: 'errs on timeout 0',
      code: addDevices(SEED, tcp('connect', '0')),
      errors: [{ severity: 'error', near: "timeout='|0'" }],
    },
    {
      name: 'warns on a reconnect delay, which libvirt drops from character devices (an NBD disk setting)',
      code: addDevices(SEED, "<channel type='unix'><source mode='connect' path='/run/ch.sock'><reconnect delay='4'/></source><target type='virtio' name='org.example.0'/></channel>"),
      errors: [{ severity: 'warning', near: "delay='|4'" }],
    },
    {
      name: 'warns on a reconnect delay in the rng EGD backend too',
      code: addDevices(SEED, "<rng model='virtio'><backend model='egd' type='tcp'><source mode='connect' host='192.0.2.1' service='708'><reconnect delay='2'/></source><protocol type='raw'/></backend></rng>"),
      errors: [{ severity: 'warning', near: "delay='|2'" }],
    },
  ],
});
