import rule from '../../rules/chardev-reconnect.js';
import { addDevices, edit, ruleTester, SEED } from './helpers.js';

const tcp = (mode: string, timeout: string): string =>
  `<serial type='tcp'><source mode='${mode}' host='127.0.0.1' service='4555'><reconnect enabled='yes' timeout='${timeout}'/></source><protocol type='raw'/><target port='1'/></serial>`;

const SHARED = "<vcpu placement='static'>1</vcpu><memoryBacking><source type='memfd'/><access mode='shared'/></memoryBacking>";
const vhostUser = (mode: string, enabled: string): string =>
  `<interface type='vhostuser'><source type='unix' path='/run/vhu0.sock' mode='${mode}'><reconnect enabled='${enabled}'${enabled === 'yes' ? " timeout='10'" : ''}/></source><model type='virtio'/></interface>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts reconnect for a connecting source', code: addDevices(SEED, tcp('connect', '10')) },
    { name: "accepts reconnect on a vhost-user interface in client mode, and reconnect enabled='no' in server mode", code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), vhostUser('client', 'yes') + vhostUser('server', 'no')) },
  ],
  invalid: [
    {
      name: 'errs on reconnect on a vhost-user interface in server mode',
      code: addDevices(edit(SEED, ["<vcpu placement='static'>1</vcpu>", SHARED]), vhostUser('server', 'yes')),
      errors: [{ severity: 'error', near: '<|reconnect', message: /in mode='server' waits for the switch/ }],
    },
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
