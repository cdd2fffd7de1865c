import rule from '../../rules/vnc-password-length.js';
import { edit, ruleTester, SEED } from './helpers.js';

const GR = "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1'>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts 8 characters, and long SPICE passwords (1)', code: edit(SEED, [GR, "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1' passwd='12345678'>"]) },
    { name: 'accepts 8 characters, and long SPICE passwords (2)', code: edit(SEED, [GR, "<graphics type='spice' autoport='yes' passwd='a much longer passphrase'>"]) },
  ],
  invalid: [
    {
      name: 'errs on a 9-character VNC password',
      code: edit(SEED, [GR, "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1' passwd='123456789'>"]),
      errors: [{ severity: 'error', near: "passwd='|123456789'" }],
    },
  ],
});
