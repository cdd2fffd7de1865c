import { defineRule } from '../src/rule.js';

export default defineRule({
  meta: {
    id: 'iothread-ids-unique',
    description: '<iothreadids> listing one IOThread id twice or id 0',
    defaultSeverity: 'error',
    libvirtMessages: ["duplicate iothread id '%u' found", "Invalid value for attribute 'id' in element 'iothread': Zero is not permitted"],
  },
  check(domain, context) {
    const ids = domain.iothreadIds;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (/^0+$/.test(id.value)) context.report({ range: id.range, message: `IOThread ids start at 1; id 0 is not permitted: libvirt refuses this domain. Use id='1' or above` });
    }
    if (ids.length < 2) return;
    const seen = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      // Compared as numbers: '01' and '1' are one IOThread.
      const key = /^[0-9]+$/.test(id.value) ? String(Number(id.value)) : id.value;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, id.range.start.line);
      else context.report({ range: id.range, message: `IOThread id ${id.value} is already listed on line ${first}: libvirt refuses this domain. Give each <iothread> its own id` });
    }
  },
});
