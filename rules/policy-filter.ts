import { defineNwFilterRule } from '../src/rule.js';
import { checkPolicies, policyOptionsSchema } from './policy.js';

/** `policy` for network filter <filter> documents: the same options, with paths from `<filter>` (docs/rules/policy-filter.md). */
export default defineNwFilterRule({
  meta: {
    id: 'policy-filter',
    description: 'Site policies from configuration on network filter <filter> documents: allowed values, patterns, required or forbidden elements and attributes, counts',
    // Inert without options, as policy.
    defaultSeverity: 'error',
    schema: policyOptionsSchema('filter'),
    // Where a policy reports is the configuration's to say (src/lsp/policy-topics.ts places it in
    // hover); `min` reports at the root element.
    reportsOn: ['filter'],
  },
  check: checkPolicies,
});
