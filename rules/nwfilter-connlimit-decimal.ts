import { defineNwFilterRule } from '../src/rule.js';
import { protocolAttributes } from '../src/model/nwfilter/index.js';

export default defineNwFilterRule({
  meta: {
    id: 'nwfilter-connlimit-decimal',
    description: 'connlimit-above written in hexadecimal (0x…): the grammar takes it like the other 16-bit values, but libvirt reads this one in decimal only and refuses it',
    defaultSeverity: 'error',
    reportsOn: ['rule/*@connlimit-above'],
    fixable: true,
    libvirtMessages: ['%s has illegal value %s'],
  },
  check(filter, context) {
    for (const { attr } of protocolAttributes(filter)) {
      if (attr.name !== 'connlimit-above' || !/^0x[0-9a-f]+$/i.test(attr.value)) continue;
      const decimal = String(parseInt(attr.value.slice(2), 16));
      context.report({
        range: attr.range,
        message: `connlimit-above='${attr.value}' is hexadecimal: libvirt reads connlimit-above in decimal only and refuses the filter. Write connlimit-above='${decimal}'`,
        fix: { description: `Write connlimit-above in decimal: '${decimal}'`, edits: [{ start: attr.range.start.offset, end: attr.range.end.offset, text: decimal }] },
      });
    }
  },
});
