// Writes a valid poles.csv of N made-up pôles, for trying the import on a big file:
//   node scripts/make-big-poles.mjs [rows=100000] [out=big-poles.csv]
// Deterministic: the same N gives the same bytes (see scripts/big-poles.mjs).
import { writeFileSync } from 'node:fs';
import { bigPoles } from './big-poles.mjs';

const rows = Number(process.argv[2] ?? 100_000);
const out = process.argv[3] ?? 'big-poles.csv';
const text = bigPoles(rows);
writeFileSync(out, text);
console.log(`${out}: ${rows} pôles, ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`);
