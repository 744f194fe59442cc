/** Flag parsers shared by the commands; each rejects bad input with a message commander prints (exit 2). */
import { InvalidArgumentError } from 'commander';
import { parseDate } from '../model/values.js';

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return Number(value);
}

export function parseAsOf(value: string): string {
  const r = parseDate(value);
  if (!r.ok || r.value === undefined) throw new InvalidArgumentError('expected a date such as 2026-03-31');
  return r.value;
}
