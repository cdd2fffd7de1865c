import { defineSecretRule } from '../src/rule.js';
import { checkPolicies, policyOptionsSchema } from './policy.js';

/** `policy` for <secret> documents: the same options, with paths from `<secret>` (docs/rules/policy-secret.md). */
export default defineSecretRule({
  meta: {
    id: 'policy-secret',
    description: 'Site policies from configuration on <secret> documents: allowed values, patterns, required or forbidden elements and attributes, counts',
    // Inert without options, as policy.
    defaultSeverity: 'error',
    schema: policyOptionsSchema('secret'),
    // Where a policy reports is the configuration's to say (src/lsp/policy-topics.ts places it in
    // hover); `min` reports at the root element.
    reportsOn: ['secret'],
  },
  check: checkPolicies,
});
