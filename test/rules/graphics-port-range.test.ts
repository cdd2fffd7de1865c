import rule from '../../rules/graphics-port-range.js';
import { edit, ruleTester, SEED } from './helpers.js';

const GR = "<graphics type='vnc' port='5901' autoport='no' listen='127.0.0.1'>";

ruleTester.run(rule, {
  valid: [
    { name: "accepts autoport='yes' with any port, port='-1', and 5900 up (1)", code: edit(SEED, [GR, "<graphics type='vnc' port='5091' autoport='yes' listen='127.0.0.1'>"]) },
    { name: "accepts autoport='yes' with any port, port='-1', and 5900 up (2)", code: edit(SEED, [GR, "<graphics type='vnc' port='-1' listen='127.0.0.1'>"]) },
    { name: "accepts autoport='yes' with any port, port='-1', and 5900 up (3)", code: SEED },
  ],
  invalid: [
    {
      name: "errs on port 5091 with autoport='no' (the 2011 seed document's port)",
      code: edit(SEED, [GR, "<graphics type='vnc' port='5091' autoport='no' listen='127.0.0.1'>"]),
      errors: [{ severity: 'error', near: "port='|5091'" }],
    },
    {
      name: "errs on autoport='no' without a port",
      code: edit(SEED, [GR, "<graphics type='vnc' autoport='no' listen='127.0.0.1'>"]),
      errors: [{ severity: 'error', near: "<|graphics type='vnc'" }],
    },
  ],
});
