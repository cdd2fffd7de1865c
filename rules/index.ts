import type { Rule } from '../src/rule.js';
import { CAPABILITY_RULES } from './registry-capabilities.js';
import { CORE_RULES } from './registry-core.js';
import { DEVICE_RULES } from './registry-devices.js';
import { DOMAIN_RULES } from './registry-domain.js';
import { NETWORK_RULES } from './registry-network.js';
import { NWFILTER_RULES } from './registry-nwfilter.js';
import { POLICY_RULES } from './registry-policy.js';
import { POOL_RULES } from './registry-pool.js';
import { VOLUME_RULES } from './registry-volume.js';
import { SECRET_RULES } from './registry-secret.js';
import { TOPOLOGY_RULES } from './registry-topology.js';

export { expandRuleAliases, RULE_ALIASES, ruleIdsOf } from './aliases.js';

/** Every rule virtlint ships, in a stable order (alphabetical by id). Each registry-*.ts lists one area; registry-network.ts the rules of <network> documents, registry-pool.ts, registry-volume.ts, registry-secret.ts and registry-nwfilter.ts those of storage <pool>, storage <volume>, <secret> and network filter <filter> documents; registry-policy.ts the site policy rules of those kinds. */
export const RULES: readonly Rule[] = [...CORE_RULES, ...DEVICE_RULES, ...DOMAIN_RULES, ...CAPABILITY_RULES, ...TOPOLOGY_RULES, ...NETWORK_RULES, ...POOL_RULES, ...VOLUME_RULES, ...SECRET_RULES, ...NWFILTER_RULES, ...POLICY_RULES].sort((a, b) =>
  // By code unit, not localeCompare: the same order for these ids, without loading ICU's collation at start-up.
  a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0,
);

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
