import type { Rule } from '../src/rule.js';
import secretValueWhitespace from './secret-value-whitespace.js';

/** Rules for `<secret>` documents (meta.document 'secret'): what libvirt 9.0's secret-define refuses and the grammar takes. */
export const SECRET_RULES: readonly Rule[] = [secretValueWhitespace];
