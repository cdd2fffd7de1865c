import { defineVolumeRule } from '../src/rule.js';
import { checkPolicies, policyOptionsSchema } from './policy.js';

/** `policy` for storage <volume> documents: the same options, with paths from `<volume>` (docs/rules/policy-volume.md). */
export default defineVolumeRule({
  meta: {
    id: 'policy-volume',
    description: 'Site policies from configuration on storage <volume> documents: allowed values, patterns, required or forbidden elements and attributes, counts',
    // Inert without options, as policy.
    defaultSeverity: 'error',
    schema: policyOptionsSchema('volume'),
    // Where a policy reports is the configuration's to say (src/lsp/policy-topics.ts places it in
    // hover); `min` reports at the root element.
    reportsOn: ['volume'],
  },
  check: checkPolicies,
});
