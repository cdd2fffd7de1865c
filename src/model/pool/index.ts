/**
 * The typed, read-only model of a libvirt storage `<pool>` that pool rules read (rules with
 * `meta.document: 'pool'`).
 */
export type { Pool, PoolAdapter, PoolAdapterParentAddress, PoolFeatures, PoolPermissions, PoolSource, PoolTarget } from './pool.js';
