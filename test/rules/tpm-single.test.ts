import rule from '../../rules/tpm-single.js';
import { addDevices, Q35, ruleTester } from './helpers.js';

const tpm = (model: string): string => `<tpm model='${model}'><backend type='emulator' version='2.0'/></tpm>`;

ruleTester.run(rule, {
  valid: [{ name: 'accepts one TPM', code: addDevices(Q35, tpm('tpm-crb')) }],
  invalid: [
    {
      name: 'errs on a second TPM',
      code: addDevices(Q35, tpm('tpm-tis') + tpm('tpm-crb')),
      errors: [{ severity: 'error', near: "<|tpm model='tpm-crb'", message: /<tpm> on line \d+/ }],
    },
  ],
});
