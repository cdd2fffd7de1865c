import type { Rule } from '../src/rule.js';
import poolAdapterParentWwn from './pool-adapter-parent-wwn.js';
import poolAdapterUniqueId from './pool-adapter-unique-id.js';
import poolFeaturesCow from './pool-features-cow.js';
import poolPermissionsMode from './pool-permissions-mode.js';

/** Rules for storage `<pool>` documents (meta.document 'pool'): what libvirt 9.0's pool-define refuses. */
export const POOL_RULES: readonly Rule[] = [poolAdapterParentWwn, poolAdapterUniqueId, poolFeaturesCow, poolPermissionsMode];
