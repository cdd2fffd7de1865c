import rule from '../../rules/tpm-rules.js';
import { addDevices, Q35, ruleTester } from './helpers.js';

const tpm = (model: string, version = '2.0'): string => `<tpm model='${model}'><backend type='emulator' version='${version}'/></tpm>`;

const banks = (model: string, version: string, list: string): string => `<tpm ${model}><backend type='emulator'${version}><active_pcr_banks>${list}</active_pcr_banks></backend></tpm>`;

ruleTester.run(rule, {
  valid: [
    { name: 'accepts one TPM', code: addDevices(Q35, tpm('tpm-crb')) },
    { name: 'accepts a TPM 1.2 on the TIS interface', code: addDevices(Q35, tpm('tpm-tis', '1.2')) },
    { name: 'accepts PCR banks on a TPM 2.0 (written, or a CRB without version), and an empty list on 1.2 (1)', code: addDevices(Q35, banks("model='tpm-tis'", " version='2.0'", '<sha256/>')) },
    { name: 'accepts PCR banks on a TPM 2.0 (written, or a CRB without version), and an empty list on 1.2 (2)', code: addDevices(Q35, banks("model='tpm-crb'", '', '<sha256/>')) },
    { name: 'accepts PCR banks on a TPM 2.0 (written, or a CRB without version), and an empty list on 1.2 (3)', code: addDevices(Q35, banks("model='tpm-tis'", " version='1.2'", '')) },
  ],
  invalid: [
    {
      name: 'errs on PCR banks on a TPM 1.2, written or by default (1)',
      code: addDevices(Q35, banks("model='tpm-tis'", " version='1.2'", '<sha1/>')),
      errors: [{ severity: 'error', near: '<|active_pcr_banks>' }],
    },
    {
      name: 'errs on PCR banks on a TPM 1.2, written or by default (2)',
      code: addDevices(Q35, banks("model='tpm-tis'", '', '<sha1/>')),
      errors: [{ severity: 'error', near: '<|active_pcr_banks>' }],
    },
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
