import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { absoluteWord, isActivityIndicator, isActivityObjective, leadKind, resultPhrasing } from '../../../src/rules/text/indonesian.js';

interface ExamplePlan {
  objectives: { objective: string; key_results: { key_result: string }[] }[];
}
const example = parse(readFileSync(new URL('../../../examples/kementerian-contoh.yaml', import.meta.url), 'utf8')) as ExamplePlan;

describe('Indonesian phrasing heuristics', () => {
  it('flags none of the example plan objectives or key results', () => {
    const objectives = example.objectives.map((o) => o.objective);
    const indicators = example.objectives.flatMap((o) => o.key_results.map((k) => k.key_result));
    expect(objectives).toHaveLength(18);
    expect(indicators).toHaveLength(42);
    expect(objectives.filter(isActivityObjective)).toEqual([]);
    expect(indicators.filter(isActivityIndicator)).toEqual([]);
  });

  it('reads result nominalisations from domain.md as results (ter-…-nya, ke-…-an, pe-…-an)', () => {
    for (const text of ['Tersusunnya SKP seluruh pegawai', 'Terlaksananya rapat koordinasi', 'Meningkatnya kapabilitas pegawai', 'Terselenggaranya manajemen talenta', 'Keselarasan SKP dengan OKR', 'Penyusunan peta jabatan', 'Tersedia layanan daring']) {
      expect(leadKind(text), text).toBe('result');
    }
  });

  it('reads measure words as measures, hyphenated ones included', () => {
    for (const text of ['Jumlah SKP yang diverifikasi', 'Persentase data terverifikasi', 'Tingkat kepuasan', 'Indeks Sistem Merit', 'Nilai rata-rata evaluasi', 'Rata-rata waktu verifikasi', 'Waktu respons', 'Tanggal peluncuran', 'Rasio pegawai', 'Skor survei']) {
      expect(leadKind(text), text).toBe('measure');
    }
  });

  it('reads meN-, ber- and di-…-kan verbs and listed activities as activities', () => {
    for (const text of ['Melaksanakan rapat koordinasi', 'Mengikuti pelatihan', 'Menyusun laporan', 'Membuat rekap', 'Mendampingi unit kerja', 'Mengelola arsip', 'Menyelenggarakan bimtek', 'Berkoordinasi dengan unit', 'Berpartisipasi dalam forum', 'Dilaksanakan rapat bulanan', 'Rapat koordinasi bulanan']) {
      expect(leadKind(text), text).toBe('activity');
    }
  });

  it('does not mistake nouns that look like verbs for activities', () => {
    for (const text of ['Mekanisme pelaporan yang baku', 'Media sosial instansi', 'Berkas SKP yang lengkap', 'Dokumen rencana suksesi', 'Data pegawai mutakhir']) {
      expect(leadKind(text), text).not.toBe('activity');
    }
  });

  it('lets a measurable activity pass as an indicator but not as an objective', () => {
    expect(isActivityIndicator('Meningkatkan persentase SKP yang selaras')).toBe(false);
    expect(isActivityObjective('Meningkatkan persentase SKP yang selaras')).toBe(true);
    expect(isActivityIndicator('Melaksanakan rapat koordinasi')).toBe(true);
  });

  it('finds absolute words as whole words only', () => {
    expect(absoluteWord('Persentase seluruh surat yang diarsipkan')).toBe('seluruh');
    expect(absoluteWord('Laporan disampaikan setiap bulan')).toBe('setiap');
    expect(absoluteWord('Data tidak pernah terlambat')).toBe('tidak pernah');
    expect(absoluteWord('Semua SKP terverifikasi')).toBe('semua');
    expect(absoluteWord('Keseluruhan proses terdokumentasi')).toBeUndefined();
    expect(absoluteWord('Persentase SKP terverifikasi')).toBeUndefined();
  });

  it('suggests the result form of a known leading verb', () => {
    expect(resultPhrasing('Melaksanakan rapat koordinasi')).toBe('Terlaksananya rapat koordinasi');
    expect(resultPhrasing('menyusun panduan SKP')).toBe('Tersusunnya panduan SKP');
    expect(resultPhrasing('Meningkatkan kapabilitas')).toBe('Meningkatnya kapabilitas');
    expect(resultPhrasing('Berpartisipasi dalam forum')).toBeUndefined();
  });
});
