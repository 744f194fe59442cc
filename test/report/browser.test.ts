/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core. This test fails (it does not
 * skip) when /usr/bin/chromium is missing: `apt-get install -y chromium` provides it, and .ci/run installs it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { computeFigures, type ReportFigures } from '../../src/report/figures.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJson } from '../../src/report/json.js';
import { decimal, percent } from '../../src/report/format.js';
import { EXAMPLE, FIXTURES, planFromYaml } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const AS_OF = '2026-06-30';
const outDir = mkdtempSync(join(tmpdir(), 'okr2skp-report-browser-'));
let browser: Browser;

function writeReportFiles(name: string, path: string): { file: string; figures: ReportFigures } {
  const { plan, diagnostics } = planFromYaml(path, AS_OF);
  const figures = computeFigures(plan, diagnostics, { asOf: AS_OF });
  const file = join(outDir, `${name}.html`);
  writeFileSync(file, renderHtml(figures));
  // The figures the page is checked against are the JSON report, as a user would compare them.
  const json = JSON.parse(renderJson(figures)) as ReportFigures;
  return { file, figures: json };
}

async function open(file: string, width = 1280): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href);
  return { page, errors, requests };
}

beforeAll(async () => {
  expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium`).toBe(true);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe('HTML report in Chromium', () => {
  it('loads with no console errors and no network requests, and its figures match the JSON', async () => {
    const { file, figures } = writeReportFiles('example', EXAMPLE);
    const { page, errors, requests } = await open(file);
    const figure = (key: string) => page.locator(`[data-figure="${key}"]`).innerText();
    expect(await figure('employees')).toBe(decimal(figures.totals.employees));
    expect(await figure('selfInputRate')).toBe(percent(figures.totals.selfInputRate));
    expect(await figure('selfInputRate')).toBe('100%');
    expect(await figure('coverageRate')).toBe(percent(figures.totals.coverageRate));
    expect(await figure('uncoveredKeyResults')).toBe(String(figures.uncoveredKeyResults.length));
    expect(await figure('freeRiders')).toBe('0');
    // Per unit: the sort keys of the table cells are the JSON's numbers.
    for (const u of figures.units) {
      const row = page.locator(`#units tr[data-unit="${u.code}"]`);
      expect(await row.locator('td').nth(0).getAttribute('data-sort')).toBe(String(u.employees));
      expect(await row.locator('td').nth(1).getAttribute('data-sort')).toBe(String(u.alignedRate));
      expect(await row.locator('td').nth(2).getAttribute('data-sort')).toBe(String(u.headCoverage));
      expect(await row.locator('td').nth(2).innerText()).toContain(percent(u.headCoverage));
    }
    const uncovered = await page.locator('#uncovered tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kr')));
    expect(uncovered).toEqual(figures.uncoveredKeyResults.map((k) => k.code));
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('expands the cascade tree on click, down to an uncovered key result', async () => {
    const { file } = writeReportFiles('example-tree', EXAMPLE);
    const { page, errors } = await open(file);
    const kr = page.locator('li.kr[data-kr="KIN-O2-KR2"]');
    expect(await kr.isVisible()).toBe(false);
    await page.locator('details[data-unit="BSDM"] > summary').click();
    await page.locator('details[data-unit="BSDM-KIN"] > summary').click();
    expect(await kr.isVisible()).toBe(false);
    await page.locator('details[data-nip="198001152005011004"] > summary').click();
    expect(await kr.isVisible()).toBe(true);
    expect(await kr.innerText()).toContain('Tanpa kontributor');
    expect(await page.locator('details[data-unit="BSDM-KIN"]').getAttribute('open')).not.toBeNull();
    await page.locator('details[data-unit="BSDM"] > summary').click();
    expect(await kr.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts a table when a column header is clicked', async () => {
    const { file, figures } = writeReportFiles('example-sort', EXAMPLE);
    const { page } = await open(file);
    const header = page.locator('#units thead th').nth(3);
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const order = await page.locator('#units tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')));
    const expected = [...figures.units].sort((a, b) => (a.headCoverage ?? -1) - (b.headCoverage ?? -1)).map((u) => u.code);
    expect(order).toEqual(expected);
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await page.close();
  });

  it('shows the free rider and the workload outlier, and takes screenshots at desktop and A4 print widths', async () => {
    const { file } = writeReportFiles('problems', `${FIXTURES}problems.yaml`);
    const { page, errors } = await open(file);
    await page.locator('details[data-unit="UMUM"] > summary').click();
    expect(await page.locator('.leaf.free-rider[data-nip="199104042016041004"]').innerText()).toContain('Free rider');
    expect(await page.locator('#beban-kerja g[data-nip="199205052017052005"]').textContent()).toContain('▲ tinggi');
    const desktop = join(outDir, 'problems-1280.png');
    await page.screenshot({ path: desktop, fullPage: true });
    expect(statSync(desktop).size).toBeGreaterThan(10_000);

    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('li.kr[data-kr="SEK-O1-KR2"]').isVisible()).toBe(true);
    expect(await page.locator('nav').isVisible()).toBe(false);
    const print = join(outDir, 'problems-a4.png');
    await page.screenshot({ path: print, fullPage: true });
    expect(statSync(print).size).toBeGreaterThan(10_000);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await page.close();
  });
});
