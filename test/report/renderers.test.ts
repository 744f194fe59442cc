import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { computeFigures } from '../../src/report/figures.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderXlsx } from '../../src/report/xlsx.js';
import { EXAMPLE, FIXTURES, planFromYaml } from './helpers.js';

const AS_OF = '2026-06-30';
const figuresOf = (path: string) => {
  const { plan, diagnostics } = planFromYaml(path, AS_OF);
  return computeFigures(plan, diagnostics, { asOf: AS_OF });
};
const problems = figuresOf(`${FIXTURES}problems.yaml`);
const FREE_RIDER = '199104042016041004';
const OUTLIER = '199205052017052005';

describe('HTML', () => {
  const html = renderHtml(problems, { generator: 'okr2skp test' });

  it('is self-contained: no external URL, font or script, and a CSP that forbids fetching', () => {
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|@font-face|url\(\s*["']?http/i);
    expect(html).toContain(`content="default-src 'none'`);
    expect(html).toMatch(/^<!doctype html>\n<html lang="id">/);
  });

  it('escapes what people typed', () => {
    expect(html).not.toContain('Citra <Dewi>');
    expect(html).toContain('Citra &lt;Dewi&gt; &amp; Rekan');
  });

  it('shows the free rider, the workload outlier and the uncovered KR with text, not colour alone', () => {
    expect(html).toMatch(new RegExp(`data-nip="${FREE_RIDER}"[^>]*>.*✖ Free rider: Tidak memiliki objective`));
    expect(html).toMatch(new RegExp(`<g data-nip="${OUTLIER}">.*▲ tinggi`, 's'));
    expect(html).toMatch(/<li class="kr uncovered" data-kr="SEK-O1-KR2">.*⚠ Tanpa kontributor/);
    expect(html).toMatch(/<tr data-kr="SEK-O1-KR2">/);
    expect(html).toContain('<dd data-figure="freeRiders">1</dd>');
    expect(html).toContain('<dd data-figure="selfInputRate">83,3%</dd>');
  });

  it('is accessible: one h1, section headings, table headers, chart titles and descriptions, print styles', () => {
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html.match(/<h2 id=/g)!.length).toBeGreaterThanOrEqual(8);
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<th scope="row"');
    const charts = html.match(/<svg [^>]*role="img" aria-labelledby="([^"]+)"/g)!;
    expect(charts.length).toBeGreaterThanOrEqual(2);
    for (const ids of charts.map((c) => c.match(/aria-labelledby="([^"]+)"/)![1]!.split(' '))) for (const id of ids) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('@media print');
    expect(html).toContain('size:A4');
  });

  it('is deterministic', () => {
    expect(renderHtml(figuresOf(`${FIXTURES}problems.yaml`), { generator: 'okr2skp test' })).toBe(html);
  });
});

describe('XLSX', async () => {
  const buffer = await renderXlsx(problems);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows = (name: string) => {
    const out: unknown[][] = [];
    wb.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
    return out;
  };

  it('has the five sheets, each with a frozen header row and a filter', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Per Unit', 'Per Pegawai', 'KR Tanpa Kontributor', 'Temuan']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
  });

  it('shows each problem, highlighted by conditional formatting', () => {
    const employees = rows('Per Pegawai');
    const budi = employees.find((r) => r[0] === FREE_RIDER)!;
    expect(budi[10]).toBe('Ya');
    const citra = employees.find((r) => r[0] === OUTLIER)!;
    expect(citra[14]).toBe('Tinggi');
    expect(citra[13]).toBe(4.5);
    expect(rows('KR Tanpa Kontributor').slice(1).map((r) => r[0])).toEqual(['SEK-O1-KR2']);
    expect(rows('Temuan').slice(1).map((r) => r[0])).toEqual(expect.arrayContaining(['coverage/free-rider', 'coverage/workload-imbalance', 'cascade/kr-uncovered']));
    const formats = (wb.getWorksheet('Per Pegawai') as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(formats.map((c) => c.ref)).toEqual(expect.arrayContaining(['K2:K7', 'O2:O7']));
  });

  it('uses number formats for rates', () => {
    const ws = wb.getWorksheet('Per Unit')!;
    expect(ws.getCell('G2').numFmt).toBe('0.0%');
    expect(ws.getCell('G3').value).toBe(0.8);
    expect(wb.getWorksheet('Ringkasan')!.getCell('B8')).toMatchObject({ value: 0.8333, numFmt: '0.0%' });
  });

  it('gives the same bytes for the same plan and date', async () => {
    expect(Buffer.compare(await renderXlsx(problems), buffer)).toBe(0);
    expect(wb.created.toISOString()).toBe('2026-06-30T00:00:00.000Z');
  });
});

describe('JSON and Markdown', () => {
  it('JSON is the figures object, versioned', () => {
    const json = renderJson(problems);
    expect(JSON.parse(json)).toEqual(problems);
    expect(JSON.parse(json).schemaVersion).toBe(1);
    expect(json.endsWith('\n')).toBe(true);
  });

  it('Markdown names each problem', () => {
    const md = renderMarkdown(problems);
    expect(md).toContain('**SEK-O1-KR2**');
    expect(md).toContain(`Budi Santoso (${FREE_RIDER}), unit UMUM: Tidak memiliki objective`);
    expect(md).toContain(`▲ Citra \\<Dewi\\> & Rekan (${OUTLIER})`);
    expect(md).toContain('| ⚠ Free rider | 1 |');
  });

  it('Markdown of the example names the three uncovered KRs and no free rider', () => {
    const md = renderMarkdown(figuresOf(EXAMPLE));
    for (const code of ['BSDM-O1-KR3', 'KIN-O2-KR2', 'MUT-O2-KR2']) expect(md).toContain(`**${code}**`);
    expect(md).toContain('| Free rider | 0 |');
    expect(md).toContain('| Tingkat pengisian mandiri | 100% (14 pegawai) |');
    expect(md).not.toContain('### ✖ Free rider');
  });

  it('Markdown cuts long lists', () => {
    const md = renderMarkdown(problems, { limit: 0 });
    expect(md).toContain('… dan 1 lainnya');
  });
});
