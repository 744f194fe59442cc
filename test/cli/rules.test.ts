import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { RULES } from '../../src/rules/registry.js';

function memoryIO(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: (s: string) => out.push(s), isTTY: false },
    stderr: { write: (s: string) => err.push(s), isTTY: false },
    env,
    cwd: process.cwd(),
    today: () => '2026-03-31',
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

async function run(args: string[], env: Record<string, string> = {}) {
  const m = memoryIO(env);
  const code = await main(['node', 'okr2skp', ...args], m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

describe('okr2skp rules', () => {
  it('prints every rule as an aligned table in Bahasa Indonesia by default', async () => {
    const { code, stdout, stderr } = await run(['rules']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ATURAN +TINGKAT +KATEGORI +KETERANGAN$/);
    expect(lines).toHaveLength(RULES.length + 1);
    // Every column starts at the same offset on every line.
    const severityAt = lines[0]!.indexOf('TINGKAT');
    const categoryAt = lines[0]!.indexOf('KATEGORI');
    const descriptionAt = lines[0]!.indexOf('KETERANGAN');
    RULES.forEach((rule, i) => {
      const line = lines[i + 1]!;
      expect(line.startsWith(`${rule.meta.id} `)).toBe(true);
      expect(line.slice(severityAt).startsWith(`${rule.meta.defaultSeverity} `)).toBe(true);
      expect(line.slice(categoryAt).startsWith(`${rule.meta.id.split('/')[0]} `)).toBe(true);
      expect(line.slice(descriptionAt)).toBe(rule.meta.description.id);
    });
    expect(stdout).toMatch(/^nip\/invalid +error +nip +\S/m);
  });

  it('prints JSON with --format json, in English with --lang en', async () => {
    const { code, stdout } = await run(['rules', '--format', 'json', '--lang', 'en']);
    expect(code).toBe(0);
    const listing = JSON.parse(stdout) as { id: string; severity: string; category: string; description: string }[];
    expect(listing).toHaveLength(RULES.length);
    expect(listing.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    const nip = listing.find((r) => r.id === 'nip/invalid');
    expect(nip).toEqual({ id: 'nip/invalid', severity: 'error', category: 'nip', description: RULES.find((r) => r.meta.id === 'nip/invalid')!.meta.description.en });
    for (const r of listing) {
      expect(Object.keys(r)).toEqual(['id', 'severity', 'category', 'description']);
      expect(['error', 'warn', 'info', 'off']).toContain(r.severity);
      expect(r.id.startsWith(`${r.category}/`)).toBe(true);
      expect(r.description).not.toMatch(/\n/);
    }
  });

  it('follows LANG=en when no --lang is given', async () => {
    const { stdout } = await run(['rules'], { LANG: 'en_US.UTF-8' });
    expect(stdout.split('\n')[0]).toMatch(/^RULE +SEVERITY +CATEGORY +DESCRIPTION$/);
  });

  it('rejects an unknown format with exit 2 and a message', async () => {
    const { code, stderr } = await run(['rules', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/xml/);
    expect(stderr).toMatch(/text, json|"text"/);
  });
});
