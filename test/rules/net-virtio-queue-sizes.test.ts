import rule from '../../rules/net-virtio-queue-sizes.js';
import { edit, ruleTester, SEED } from './helpers.js';

const DRV = "<driver name='vhost' txmode='iothread' ioeventfd='off'/>";

ruleTester.run(rule, {
  valid: [
    { name: 'accepts powers of two, and ignores non-virtio NICs (another rule warns there) (1)', code: edit(SEED, [DRV, "<driver rx_queue_size='256' tx_queue_size='1024'/>"]) },
    { name: 'accepts powers of two, and ignores non-virtio NICs (another rule warns there) (2)', code: edit(SEED, [DRV, "<driver tx_queue_size='300'/>"], ["<model type='virtio'/>", "<model type='e1000'/>"]) },
  ],
  invalid: [
    {
      name: 'errs on queue sizes that are not powers of two',
      code: edit(SEED, [DRV, "<driver rx_queue_size='300' tx_queue_size='0'/>"]),
      errors: [{ severity: 'error', near: "rx_queue_size='|300'" }, { severity: 'error', near: "tx_queue_size='|0'" }],
    },
  ],
});
