/** Output formats of `validate`, by name. */
import type { Formatter } from './types.js';
import { json } from './json.js';
import { stylish } from './stylish.js';

export const FORMATTERS = {
  stylish,
  json,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}
