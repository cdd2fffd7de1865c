import type { Rule } from '../src/rule.js';
import volumeBackingStoreFormat from './volume-backing-store-format.js';
import volumeCapacityRequired from './volume-capacity-required.js';
import volumeCompatVersion from './volume-compat-version.js';
import volumeFormatKnown from './volume-format-known.js';
import volumePermissionsMode from './volume-permissions-mode.js';
import volumeNumberWhitespace from './volume-number-whitespace.js';
import volumeSizeOverflow from './volume-size-overflow.js';

/** Rules for storage `<volume>` documents (meta.document 'volume'): what libvirt 9.0's vol-create refuses while reading the XML, and (a warning) what its pools of files refuse to build. */
export const VOLUME_RULES: readonly Rule[] = [volumeBackingStoreFormat, volumeCapacityRequired, volumeCompatVersion, volumeFormatKnown, volumeNumberWhitespace, volumePermissionsMode, volumeSizeOverflow];
