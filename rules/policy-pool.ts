import { definePoolRule } from '../src/rule.js';
import { checkPolicies, policyOptionsSchema } from './policy.js';

/** `policy` for storage <pool> documents: the same options, with paths from `<pool>` (docs/rules/policy-pool.md). */
export default definePoolRule({
  meta: {
    id: 'policy-pool',
    description: 'Site policies from configuration on storage <pool> documents: allowed values, patterns, required or forbidden elements and attributes, counts',
    // Inert without options, as policy.
    defaultSeverity: 'error',
    schema: policyOptionsSchema('pool'),
    // Where a policy reports is the configuration's to say (src/lsp/policy-topics.ts places it in
    // hover); `min` reports at the root element.
    reportsOn: ['pool'],
  },
  check: checkPolicies,
});
