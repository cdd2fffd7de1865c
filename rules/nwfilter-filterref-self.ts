import { defineNwFilterRule } from '../src/rule.js';

export default defineNwFilterRule({
  meta: {
    id: 'nwfilter-filterref-self',
    description: 'a <filterref> naming the filter it is in, a loop libvirt refuses (loops through other filters depend on what is defined, and are not checked)',
    defaultSeverity: 'error',
    reportsOn: ['filter/filterref', 'filter/filterref@filter'],
    libvirtMessages: ['filter would introduce a loop'],
  },
  check(filter, context) {
    const name = filter.name?.value;
    if (name === undefined) return;
    for (const ref of filter.filterrefs) {
      if (ref.filter?.value !== name) continue;
      context.report({ range: ref.filter.range, message: `<filterref filter='${name}'> includes the filter '${name}' in itself: libvirt refuses the loop. Reference another filter, or move the shared rules into one both can reference` });
    }
  },
});
