import { defineNwFilterRule } from '../src/rule.js';
import { isVariableReference, protocolAttributes, variableReferenceProblem } from '../src/model/nwfilter/index.js';

export default defineNwFilterRule({
  meta: {
    id: 'nwfilter-variable',
    description: "a variable reference in a filter rule that libvirt cannot parse: a space after '$' or after the name, an iterator id above 1000 ($IP[@1001]), an index above 4294967295",
    defaultSeverity: 'error',
    reportsOn: ['rule/*@*'],
    libvirtMessages: ['%s has illegal value %s'],
  },
  check(filter, context) {
    // Every attribute may be a variable, a comment too: libvirt reads any value starting with '$' as one.
    for (const { attr } of protocolAttributes(filter)) {
      const problem = isVariableReference(attr.value) ? variableReferenceProblem(attr.value) : undefined;
      if (problem) context.report({ range: attr.range, message: `${attr.name}='${attr.value}' is a variable reference libvirt cannot parse (${problem}); libvirt refuses the filter. Write it as $NAME, $NAME[index] or $NAME[@iterator], e.g. $IP or $IP[@1]` });
    }
  },
});
