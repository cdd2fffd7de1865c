import rule from '../../rules/net-driver-attrs-nonvirtio.js';
import { edit, ruleTester, SEED } from './helpers.js';

const e1000 = edit(SEED, ["<model type='virtio'/>", "<model type='e1000'/>"], ["txmode='iothread' ioeventfd='off'", "txmode='iothread' queues='2'"]);

ruleTester.run(rule, {
  valid: [{ name: 'accepts the settings on virtio NICs', code: SEED }],
  invalid: [
    {
      name: 'warns on txmode of an e1000 NIC and offers to remove it',
      code: e1000,
      errors: [
        { severity: 'warning', near: "|txmode='iothread'" },
        { severity: 'warning', near: "|queues='2'" },
      ],
      // Each report removes its own attribute.
      output: edit(e1000, ["<driver name='vhost' txmode='iothread' queues='2'/>", "<driver name='vhost'/>"]),
    },
    {
      name: 'warns on a NIC without <model> (rtl8139 on x86)',
      code: edit(SEED, ["<model type='virtio'/>", ''], ["txmode='iothread' ioeventfd='off'", "rx_queue_size='256'"]),
      errors: [{ severity: 'warning', near: '|rx_queue_size' }],
    },
  ],
});
