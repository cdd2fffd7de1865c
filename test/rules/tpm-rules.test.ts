import rule from '../../rules/tpm-rules.js';
import { addDevices, Q35, ruleTester } from './helpers.js';

const tpm = (model: string, version = '2.0'): string => `<tpm model='${model}'><backend type='emulator' version='${version}'/></tpm>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts one TPM', code: addDevices(Q35, tpm('tpm-crb')) },
    { name: 'accepts a TPM 1.2 on the TIS interface', code: addDevices(Q35, tpm('tpm-tis', '1.2')) },
  ],
  invalid: [
    {
      name: 'errs on a TPM 1.2 on the CRB interface',
      code: addDevices(Q35, tpm('tpm-crb', '1.2')),
      errors: [{ severity: 'error', near: "version='|1.2'" }],
    },
    {
      name: 'errs on a second TPM',
      code: addDevices(Q35, tpm('tpm-tis') + tpm('tpm-crb')),
      errors: [{ severity: 'error', near: "<|tpm model='tpm-crb'", message: /<tpm> on line \d+/ }],
    },
  ],
});
