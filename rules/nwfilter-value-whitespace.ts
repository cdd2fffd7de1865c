import { defineNwFilterRule } from '../src/rule.js';
import { hasSurroundingWhitespace, isVariableReference, protocolAttributes } from '../src/model/nwfilter/index.js';
import type { Attr } from '../src/model/located.js';

/** White space at the end of a value. */
const TRAILING = /[ \t\n\r]$/;
/** A decimal number, which libvirt reads with strtol/strtoul: they skip leading white space. */
const DECIMAL = /^[+-]?[0-9]+$/;

const shown = (value: string): string => JSON.stringify(value);
/** Text that may stand between quotes of either kind as it is. */
const SAFE = /^[A-Za-z0-9_.:+-]+$/;

export default defineNwFilterRule({
  meta: {
    id: 'nwfilter-value-whitespace',
    description: "white space around a filter value that the grammar lets through and libvirt refuses: around a chain, after a filter priority, after a protocol attribute's number or name, before a name (around a rule's action or direction: schema/value-whitespace)",
    defaultSeverity: 'error',
    reportsOn: ['filter@chain', 'filter@priority', 'rule@action', 'rule@direction', 'rule/*@*'],
    fixable: true,
    libvirtMessages: ['Chain name contains invalid characters', "Could not parse chain priority '%s'", '%s has illegal value %s'],
  },
  check(filter, context) {
    const report = (attr: Attr, why: string): void => {
      const trimmed = attr.value.trim();
      context.report({
        range: attr.range,
        message: `${attr.name}=${shown(attr.value)} has white space ${why}, which libvirt refuses: write ${attr.name}=${shown(trimmed)}`,
        // The value without its white space, where it needs no escaping in any quotes (numbers, names, chains).
        ...(SAFE.test(trimmed) ? { fix: { description: `Remove the white space around ${attr.name}='${trimmed}'`, edits: [{ start: attr.range.start.offset, end: attr.range.end.offset, text: trimmed }] } } : {}),
      });
    };
    if (filter.chain && hasSurroundingWhitespace(filter.chain.value)) report(filter.chain, 'around the chain name');
    // libvirt reads the filter's priority with strtol and nothing may follow the number; the rules' priorities it reads leniently.
    if (filter.priority && TRAILING.test(filter.priority.value)) report(filter.priority, 'after the number');
    // A rule's action and direction are listed values: white space around them is schema/value-whitespace's finding.
    for (const { attr, kind } of protocolAttributes(filter)) {
      // Variables are nwfilter-variable's; comment, match and gratuitous libvirt takes as they are.
      if (isVariableReference(attr.value) || kind === 'lenient') continue;
      if (TRAILING.test(attr.value)) report(attr, 'at the end');
      else if (hasSurroundingWhitespace(attr.value) && !DECIMAL.test(attr.value.trim())) report(attr, 'before a value that is not a number');
    }
  },
});
