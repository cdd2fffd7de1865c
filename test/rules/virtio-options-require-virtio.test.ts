import rule from '../../rules/virtio-options-require-virtio.js';
import { edit, ruleTester, SEED } from './helpers.js';

ruleTester.run(rule, {
  valid: [
    { name: 'accepts the options on virtio devices', code: edit(SEED, ["ioeventfd='on'/>", "iommu='on' ats='on'/>"], ["txmode='iothread' ioeventfd='off'", "packed='on' page_per_vq='on'"]) },
  ],
  invalid: [
    {
      name: 'errs on iommu for an IDE disk and packed for an e1000 NIC',
      code: edit(
      SEED,
      ["<driver name='qemu' type='raw'/>", "<driver name='qemu' type='raw' iommu='on'/>"],
      ["<model type='virtio'/>", "<model type='e1000'/>"],
      ["txmode='iothread' ioeventfd='off'", "packed='on'"],
    ),
      errors: [{ severity: 'error', near: "|iommu='on'" }, { severity: 'error', near: "|packed='on'" }],
    },
  ],
});
