import { defineNetworkRule } from '../src/rule.js';
import { checkPolicies, policyOptionsSchema } from './policy.js';

/** `policy` for <network> documents: the same options, with paths from `<network>` (docs/rules/policy-network.md). */
export default defineNetworkRule({
  meta: {
    id: 'policy-network',
    description: 'Site policies from configuration on <network> documents: allowed values, patterns, required or forbidden elements and attributes, counts',
    // Inert without options, as policy.
    defaultSeverity: 'error',
    schema: policyOptionsSchema('network'),
    // Where a policy reports is the configuration's to say (src/lsp/policy-topics.ts places it in
    // hover); `min` reports at the root element.
    reportsOn: ['network'],
  },
  check: checkPolicies,
});
