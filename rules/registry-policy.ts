import type { Rule } from '../src/rule.js';
import policyFilter from './policy-filter.js';
import policyNetwork from './policy-network.js';
import policyPool from './policy-pool.js';
import policySecret from './policy-secret.js';
import policyVolume from './policy-volume.js';

/**
 * Site policies from configuration on the documents kept beside domains, one rule per kind
 * (`policy` itself, the domain's, is a core rule). Not what libvirt refuses: each kind's registry
 * (registry-network.ts, …) lists those; these are inert until a configuration gives them policies.
 */
export const POLICY_RULES: readonly Rule[] = [policyFilter, policyNetwork, policyPool, policySecret, policyVolume];
