/**
 * The typed, read-only model of a libvirt storage `<volume>` that volume rules read (rules with
 * `meta.document: 'volume'`), and libvirt's reading of its scaled sizes.
 */
export type { Volume, VolumeBackingStore, VolumeEncryption, VolumeFeatures, VolumePermissions, VolumeSize, VolumeTarget } from './volume.js';
export { exceedsLimit, MAX_CLUSTER_SIZE, MAX_VOLUME_SIZE, unitScale } from './size.js';
