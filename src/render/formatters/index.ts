/** Output formats of `validate`, by name. */
import type { Formatter } from './types.js';
import { json } from './json.js';
import { stylish } from './stylish.js';
import { sarif } from './sarif.js';
import { junit } from './junit.js';
import { github } from './github.js';
import { markdown } from './markdown.js';

export const FORMATTERS = {
  stylish,
  json,
  sarif,
  junit,
  github,
  markdown,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}
