import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'watchdog-single',
    description: 'more than one <watchdog> (libvirt 9.0 supports one per domain)',
    defaultSeverity: 'error',
    libvirtMessages: ['only a single watchdog device is supported'],
  },
  check(domain, context) {
    const dogs = domain.devices.watchdogs;
    for (let i = 0, list = dogs.slice(1); i < list.length; i++) {
      const d = list[i]!;
      context.report({ range: d.nameRange, message: `a second <watchdog>: libvirt 9.0 supports a single watchdog device per domain (the first is on line ${dogs[0]!.range.start.line}) and refuses this domain. Remove one` });
    }
  },
});
