import rule from '../../rules/smartcard-single.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts one smartcard, with or without CCID address 0:0 (1)', code: addDevices(SEED, "<smartcard mode='host'/>") },
    { name: 'accepts one smartcard, with or without CCID address 0:0 (2)', code: addDevices(SEED, "<smartcard mode='host'><address type='ccid' controller='0' slot='0'/></smartcard>") },
  ],
  invalid: [
    {
      name: 'errs on a second smartcard, at it',
      code: addDevices(SEED, "<smartcard mode='host'/><smartcard mode='passthrough' type='tcp'><source mode='connect' host='127.0.0.1' service='2001'/><protocol type='raw'/></smartcard>"),
      errors: [{ severity: 'error', near: "<|smartcard mode='passthrough'", message: /line \d+/ }],
    },
    {
      name: 'errs on a CCID slot other than 0',
      code: addDevices(SEED, "<smartcard mode='host'><address type='ccid' controller='0' slot='1'/></smartcard>"),
      errors: [{ severity: 'error', near: "slot='|1'" }],
    },
  ],
});
