import rule from '../../rules/vsock-cid-range.js';
import { addDevices, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts CID 3', code: addDevices(SEED, "<vsock model='virtio'><cid auto='no' address='3'/></vsock>") },
  ],
  invalid: [
    {
      name: 'errs on CID 2',
      code: addDevices(SEED, "<vsock model='virtio'><cid auto='no' address='2'/></vsock>"),
      errors: [{ severity: 'error', near: "address='|2'" }],
    },
  ],
});
