import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, junit };

/** The format used when none is given: annotations inside GitHub Actions, stylish elsewhere. */
export const defaultFormat = (env: NodeJS.ProcessEnv = process.env): string => (env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');

export type { FormattableResult, Formatter, FormatterContext } from './types.js';
