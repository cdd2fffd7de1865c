import rule from '../../rules/disk-virtio-driver-attrs.js';
import { edit, ruleTester, SEED } from './helpers.js';

const CDROM_DRIVER = "<driver name='qemu' type='raw'/>";
const ideCdrom = edit(SEED, [CDROM_DRIVER, "<driver name='qemu' type='raw' event_idx='on' queues='2' queue_size='256'/>"]);

ruleTester.run(rule, {
  valid: [{ name: 'accepts the same attributes on a virtio disk', code: edit(SEED, ["ioeventfd='on'/>", "event_idx='on' queues='2' queue_size='256'/>"]) }],
  invalid: [
    {
      name: 'errs on event_idx and queues of an IDE cdrom, warns on queue_size (the one with a fix: its removal)',
      code: ideCdrom,
      errors: [
        { severity: 'error', near: "|event_idx='on'" },
        { severity: 'error', near: "|queues='2'" },
        { severity: 'warning', near: '|queue_size=' },
      ],
      output: edit(ideCdrom, [" queue_size='256'/>", '/>']),
    },
    {
      name: 'derives the bus from the target name when bus is missing',
      code: edit(SEED, [CDROM_DRIVER, "<driver name='qemu' type='raw' event_idx='off'/>"], ["<target dev='hdc' bus='ide'/>", "<target dev='hdc'/>"]),
      errors: [{ severity: 'error', near: "|event_idx='off'" }],
    },
  ],
});
