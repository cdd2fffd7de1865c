import rule from '../../rules/disk-model-requires-virtio-bus.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts virtio models on virtio disks', code: edit(SEED, ["<disk type='file' device='disk'>", "<disk type='file' device='disk' model='virtio-non-transitional'>"]) },
  ],
  invalid: [
    {
      name: "errs on model='virtio' on an IDE cdrom",
      code: edit(SEED, ["<disk type='file' device='cdrom'>", "<disk type='file' device='cdrom' model='virtio'>"]),
      errors: [{ severity: 'error', near: "model='|virtio'>" }],
    },
  ],
});
