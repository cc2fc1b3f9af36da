// npm run bench [-- runs] [--no-build] [--no-lighthouse] [--no-import] [--import-rows=N]: the built site against the
// static floor page (bench/floor/index.html) and the single file opened from file://, side by side; then an import of
// N made-up pôles (100,000 by default) in the site. Timings vary with the machine and its load, so they are printed
// here and never asserted in tests.
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import settings from './chromium.json' with { type: 'json' };
import { bigPoles } from './big-poles.mjs';
import { measureImport } from './bench/import-metrics.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { measurePage } from './bench/page-metrics.mjs';
import { chooseServer } from './bench/servers.mjs';

const repository = resolve(import.meta.dirname, '..');
const flags = process.argv.slice(2);
const runs = Number(flags.find((flag) => /^\d+$/.test(flag)) ?? 5);
const importRows = Number(
  flags.find((flag) => flag.startsWith('--import-rows='))?.slice('--import-rows='.length) ?? 100_000,
);
const chromePath = process.env.CHROMIUM_PATH ?? settings.defaultPath;

if (!flags.includes('--no-build')) {
  // The builds, then their pre-rendered first view: without it the site would be measured as no reader gets it.
  for (const [command, ...args] of [
    ['npx', 'vite', 'build'],
    ['npx', 'vite', 'build', '--mode', 'single'],
    [process.execPath, 'scripts/prerender.mjs', 'site', 'single'],
  ]) {
    const build = spawnSync(command, args, { cwd: repository, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) {
      console.error(`npm run bench: \`${[command, ...args].join(' ')}\` failed.`);
      process.exit(1);
    }
  }
}
for (const built of ['dist/index.html', 'dist-single/index.html']) {
  if (!existsSync(join(repository, built))) {
    console.error(`npm run bench: ${built} is missing: run without --no-build, or build it first.`);
    process.exit(1);
  }
}

const median = (values) => {
  const known = values.filter((value) => value !== null).sort((a, b) => a - b);
  return known.length === 0 ? null : known[Math.floor(known.length / 2)];
};
const ms = (value) => (value === null ? '—' : `${Math.round(value)} ms`);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The site's import of `importRows` made-up pôles, from a file written for it and removed after. */
async function benchImport(browser) {
  const folder = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const file = join(folder, 'poles.csv');
  try {
    const text = bigPoles(importRows);
    writeFileSync(file, text);
    const site = targets.find((target) => target.id === 'site');
    return { bytes: Buffer.byteLength(text), ...(await measureImport(browser, site.url, file, importRows)) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const server = chooseServer();
const targets = [
  { id: 'site', label: 'site (dist/)', folder: join(repository, 'dist'), tick: true },
  { id: 'floor', label: 'floor page', folder: join(repository, 'bench/floor'), tick: false },
  {
    id: 'single',
    label: 'single file, file://',
    file: join(repository, 'dist-single/index.html'),
    tick: true,
  },
];
const results = new Map();
let imported = null;
const lighthouseNotes = [];
const started = [];

try {
  for (const target of targets) {
    if (target.folder === undefined) target.url = pathToFileURL(target.file).href;
    else {
      const running = await server.serve(target.folder);
      started.push(running);
      target.url = running.url;
    }
  }
  if (!existsSync(chromePath)) {
    console.error(
      `npm run bench: no Chromium at ${chromePath} (set CHROMIUM_PATH): no timing and no Lighthouse.`,
    );
  } else {
    const browser = await chromium.launch({ executablePath: chromePath, args: settings.args });
    try {
      // Runs interleave the three pages, so that a busy moment of the machine weighs on each alike.
      for (let run = 0; run < runs; run += 1) {
        for (const target of targets) {
          const samples = results.get(target.id)?.samples ?? [];
          samples.push(await measurePage(browser, target.url, { tick: target.tick }));
          results.set(target.id, { samples });
        }
      }
    } finally {
      await browser.close();
    }
    // Lighthouse runs before the import, not after: the import leaves this process holding and then collecting its
    // made-up file (38.7 MB of text at 100,000 pôles), and Lighthouse run next measured the site's blocking time on a
    // phone at 0.5 to 1.1 s, against 0.03 to 0.13 s on a quiet machine.
    if (!flags.includes('--no-lighthouse')) {
      if (!server.nginx) lighthouseNotes.push(`Lighthouse ran on ${server.name}, not on nginx.`);
      // Lighthouse takes http(s) addresses only: it cannot open the single file from file://.
      for (const target of targets.filter((each) => each.folder !== undefined)) {
        for (const formFactor of ['mobile', 'desktop']) {
          try {
            const scores = await runLighthouse(target.url, formFactor, {
              chromePath,
              chromeFlags: settings.args,
            });
            results.get(target.id)[formFactor] = scores;
          } catch (error) {
            lighthouseNotes.push(
              `Lighthouse ${formFactor} on ${target.label}: ${error.message.split('\n')[0]}`,
            );
          }
        }
      }
    }
    if (!flags.includes('--no-import')) {
      const importing = await chromium.launch({ executablePath: chromePath, args: settings.args });
      try {
        imported = await benchImport(importing);
      } finally {
        await importing.close();
      }
    }
  }
} finally {
  for (const running of started) await running.stop();
}

// Printed as a table: one column per page, one row per figure.
const column = (id, pick) => {
  const result = results.get(id);
  return result === undefined ? '—' : pick(result);
};
const sampled = (key) => (result) => median(result.samples.map((sample) => sample[key]));
const floorReady = column('floor', sampled('ready'));
const lighthouseRow = (formFactor) => (result) => {
  const scores = result[formFactor];
  if (scores === undefined) return result === results.get('single') ? 'n/a (file://)' : '—';
  return `${scores.performance} / ${scores.accessibility} / ${scores.bestPractices} / ${scores.seo}`;
};
const lighthousePaint = (formFactor) => (result) => {
  const scores = result[formFactor];
  return scores === undefined ? '—' : `${ms(scores.fcp)} / ${ms(scores.lcp)} / ${ms(scores.tbt)}`;
};
const rows = [
  ['ready (headline + first chart), median', (r) => ms(sampled('ready')(r))],
  [
    'ready / floor (target ≤ 1.5)',
    (r) => {
      const ready = sampled('ready')(r);
      return ready === null || typeof floorReady !== 'number' ? '—' : (ready / floorReady).toFixed(2);
    },
  ],
  ['first contentful paint, median', (r) => ms(sampled('fcp')(r))],
  ['largest contentful paint, median', (r) => ms(sampled('lcp')(r))],
  ['cumulative layout shift, median', (r) => sampled('cls')(r).toFixed(3)],
  ['JS before first paint (as sent)', (r) => kib(sampled('jsBytes')(r))],
  ['theme tick, Event Timing, median', (r) => (r.samples[0].tick === null ? '—' : ms(sampled('tick')(r)))],
  [
    'theme tick, each run',
    (r) => (r.samples[0].tick === null ? '—' : r.samples.map((s) => Math.round(s.tick)).join(', ')),
  ],
  ['Lighthouse mobile: perf / a11y / BP / SEO', lighthouseRow('mobile')],
  ['  mobile FCP / LCP / TBT', lighthousePaint('mobile')],
  ['Lighthouse desktop: perf / a11y / BP / SEO', lighthouseRow('desktop')],
  ['  desktop FCP / LCP / TBT', lighthousePaint('desktop')],
];
const table = [
  ['', ...targets.map((target) => target.label)],
  ...rows.map(([label, pick]) => [label, ...targets.map((target) => column(target.id, pick))]),
];
const widths = table[0].map((_, index) => Math.max(...table.map((row) => String(row[index]).length)));
const lighthouseVersion = [...results.values()].find((r) => r.mobile !== undefined)?.mobile.version;

console.log(`npm run bench: ${runs} runs of each page, interleaved; medians.`);
console.log(
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; Chromium at ${chromePath}.`,
);
console.log(
  `Served by ${server.name}; the single file is opened from file://.${lighthouseVersion === undefined ? '' : ` Lighthouse ${lighthouseVersion}.`}`,
);
console.log('');
for (const row of table)
  console.log(
    row
      .map((cell, index) => String(cell).padEnd(widths[index]))
      .join('  ')
      .trimEnd(),
  );
for (const [id, label] of targets.map((target) => [target.id, target.label])) {
  for (const formFactor of ['mobile', 'desktop']) {
    const failed = results.get(id)?.[formFactor]?.failed ?? [];
    if (failed.length > 0)
      console.log(`Lighthouse ${formFactor}, ${label}, points lost: ${failed.join(', ')}`);
  }
}
for (const note of lighthouseNotes) console.log(note);

if (imported !== null) {
  const rowsText = new Intl.NumberFormat('en-GB').format(importRows);
  const longest = Math.max(0, ...imported.tasks);
  console.log('');
  console.log(
    `Import of ${rowsText} pôles (${(imported.bytes / 1e6).toFixed(1)} MB) in the site, by the picker:`,
  );
  console.log(`  file chosen → banner shown            ${ms(imported.importMs)}`);
  console.log(`  file chosen → list counts every row   ${ms(imported.settledMs)}`);
  console.log(
    `  longest main-thread task              ${ms(longest)} (${imported.tasks.length} tasks over 50 ms, ${ms(imported.tasks.reduce((sum, task) => sum + task, 0))} in all)`,
  );
  console.log(
    `  theme tick at ${rowsText}, Event Timing  median ${ms(median(imported.ticks))}; each: ${imported.ticks.map((tick) => Math.round(tick)).join(', ')} ms`,
  );
}

// The JavaScript the build ships, compressed as nginx would (gzip -9 is a little smaller than nginx's level 5).
const assets = join(repository, 'dist/assets');
const gzipped = readdirSync(assets)
  .filter((name) => name.endsWith('.js'))
  .reduce((total, name) => total + gzipSync(readFileSync(join(assets, name)), { level: 9 }).length, 0);
console.log(`JS of dist/ in all, gzip -9: ${kib(gzipped)}.`);
