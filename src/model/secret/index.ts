/**
 * The typed, read-only model of a libvirt `<secret>` that secret rules read (rules with
 * `meta.document: 'secret'`).
 */
export type { Secret, SecretUsage } from './secret.js';
