import type { Rule } from '../src/rule.js';

/** Rules for `<secret>` documents (meta.document 'secret'): what libvirt 9.0's secret-define refuses and the grammar takes. None today: the one such gap found, white space around its listed values, is the schema step's (schema/value-whitespace). */
export const SECRET_RULES: readonly Rule[] = [];
