// Synthetic plan for measuring `okr2skp convert`: one top JPT, units of ~50 employees under JPT heads, each
// employee with two objectives of three key results aligned to their head. Usage: node bench/convert-generate.mjs 1000 out.yaml
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';

const total = Number(process.argv[2] ?? 1000);
const file = process.argv[3] ?? 'bench-plan.yaml';
// Valid NIPs: birth 1970–1984, TMT 2005–2019 (always 18+ years later), unique through the sequence number.
const nip = (i) => `19${70 + (i % 15)}0101${2005 + (i % 15)}01${1 + (i % 2)}${String(Math.floor(i / 30) + 1).padStart(3, '0')}`;
const units = [{ code: 'TOP', name: 'Sekretariat Utama', head: nip(0) }];
const employees = [{ nip: nip(0), name: 'Dr. Kepala Sekretariat, M.Si.', position: 'Sekretaris Utama', position_type: 'JPT', unit: 'TOP', rank: 'Pembina Utama', grade: 'IV/e' }];
const objectives = [];
const kr = (code, text, target) => ({ code, key_result: text, measure: 'angka', baseline: 1, target, unit_of_measure: 'dokumen', aspect: 'Kuantitas' });
objectives.push({ code: 'TOP-O1', owner: nip(0), objective: 'Terwujudnya tata kelola yang akuntabel', key_results: [kr('TOP-O1-KR1', 'Jumlah kebijakan yang ditetapkan', 40)] });
let i = 1;
for (let u = 1; i < total; u++) {
  const code = `U${String(u).padStart(3, '0')}`;
  const head = nip(i++);
  units.push({ code, name: `Biro ${u}`, parent: 'TOP', head });
  employees.push({ nip: head, name: `Kepala Biro ${u}, S.H., M.H.`, position: `Kepala Biro ${u}`, position_type: 'JPT', unit: code, supervisor: nip(0), rank: 'Pembina Utama Muda', grade: 'IV/c' });
  objectives.push({ code: `${code}-O1`, owner: head, aligned_to: 'TOP-O1-KR1', objective: `Tersusunnya kebijakan Biro ${u}`, key_results: [1, 2, 3].map((k) => kr(`${code}-O1-KR${k}`, `Jumlah rancangan kebijakan ${k}`, 10 * k)) });
  for (let s = 0; s < 49 && i < total; s++) {
    const n = nip(i++);
    employees.push({ nip: n, name: `Pegawai ${i}, S.Kom.`, position: 'Analis Kebijakan Ahli Muda', position_type: s % 5 === 0 ? 'Pelaksana' : 'Fungsional', unit: code, supervisor: head, rank: 'Penata', grade: 'III/c', ...(s % 7 === 0 ? { approach: 'kualitatif' } : {}) });
    for (const o of [1, 2]) {
      const oc = `${code}-E${s}-O${o}`;
      objectives.push({ code: oc, owner: n, aligned_to: `${code}-O1-KR${o}`, objective: `Tersusunnya dokumen kebijakan bidang ${o} yang berkualitas`, key_results: [1, 2, 3].map((k) => kr(`${oc}-KR${k}`, `Jumlah dokumen kajian ${k}`, 3 * k)) });
    }
  }
}
writeFileSync(file, stringify({ settings: { organization: 'Kementerian Uji', year: 2026, place: 'Jakarta', date: '2026-01-15' }, units, employees, objectives }));
console.log(`${employees.length} employees → ${file}`);
