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
  ],
});
