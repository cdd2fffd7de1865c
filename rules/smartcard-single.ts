import { isQemuDomain } from '../src/model/machine.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'smartcard-single',
    description: "more than one <smartcard>, or a smartcard on a CCID address other than controller 0, slot 0",
    defaultSeverity: 'error',
    libvirtMessages: ['this QEMU binary lacks multiple smartcard support'],
  },
  check(domain, context) {
    if (!isQemuDomain(domain)) return; // a check of libvirt's QEMU driver
    const cards = domain.devices.smartcards;
    for (let i = 0; i < cards.length; i++) {
      const card = cards[i]!;
      if (i > 0) {
        context.report({ range: card.nameRange, message: `a second smartcard: QEMU's CCID reader takes one, and the first is on line ${cards[0]!.range.start.line}: libvirt refuses this domain. Keep one <smartcard>` });
        continue;
      }
      const a = card.address;
      if (a?.type?.value !== 'ccid') continue;
      const where = [a.controller, a.slot].find((f) => f !== undefined && Number(f.value) !== 0);
      if (where) context.report({ range: where.range, message: `the one smartcard QEMU supports sits on CCID controller 0, slot 0: libvirt refuses this domain. Use controller='0' slot='0' or drop the <address>` });
    }
  },
});
