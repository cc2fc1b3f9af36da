// One load of a page in Chromium: ready time, paint and shift metrics, JavaScript before the first paint, and
// (for the dashboard) the Event Timing duration of ticking one theme in the filter bar.

/** Installed before any script of the page: records what the page's own timeline says. */
function observe() {
  const state = { ready: null, lcp: null, cls: 0, events: [] };
  window.__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    state.lcp = entries[entries.length - 1]?.startTime ?? state.lcp;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // 16 ms is the lowest threshold Event Timing allows: a faster interaction leaves no entry.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      state.events.push({
        name: entry.name,
        start: entry.startTime,
        duration: entry.duration,
        id: entry.interactionId,
      });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // Ready: the headline figure « 620 » and the bars of the first chart are in the document.
  const check = () => {
    if (state.ready !== null) return;
    const bars = document.querySelectorAll('svg [data-bar-id]').length;
    const figure = [...document.querySelectorAll('.key-value')].some((node) => node.textContent === '620');
    if (bars >= 4 && figure) state.ready = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('DOMContentLoaded', check);
}

/**
 * Bytes of script that arrived before the first contentful paint: files as sent, and inline scripts gzipped as the page
 * holding them is sent (the browser's own gzip).
 */
async function scriptBytesBeforePaint() {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
  const files = performance
    .getEntriesByType('resource')
    .filter((entry) => /\.m?js(\?|$)/.test(entry.name) && entry.responseEnd <= fcp)
    .reduce((sum, entry) => sum + (entry.encodedBodySize || entry.transferSize || 0), 0);
  // Inline code only: a JSON script (the data snapshot) is data that nothing runs.
  const inline = [...document.scripts]
    .filter((script) => !script.src && /^(|module|(text|application)\/javascript)$/i.test(script.type))
    .map((script) => script.textContent ?? '')
    .filter((code) => code !== '');
  let inlineBytes = 0;
  for (const code of inline) {
    const zipped = new Blob([code]).stream().pipeThrough(new CompressionStream('gzip'));
    inlineBytes += (await new Response(zipped).arrayBuffer()).byteLength;
  }
  return files + inlineBytes;
}

/**
 * Loads `url` once in a fresh page and returns its figures; with `tick`, then ticks the theme « Énergie » with the
 * mouse and returns the longest Event Timing duration of that interaction (16 when Chromium reported none).
 */
export async function measurePage(browser, url, { tick = false } = {}) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await page.addInitScript(observe);
    await page.goto(url);
    await page.waitForFunction(() => window.__bench.ready !== null, null, { timeout: 30_000 });
    // Let the last paints and shifts of the load land before reading them.
    await page.waitForTimeout(500);
    const load = await page.evaluate(() => ({
      ready: window.__bench.ready,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      lcp: window.__bench.lcp,
      cls: window.__bench.cls,
    }));
    // Ready for a reader once both are in the document and painted.
    load.ready = Math.max(load.ready, load.fcp ?? 0);
    load.jsBytes = await page.evaluate(scriptBytesBeforePaint);
    if (!tick) return { ...load, tick: null };
    const bar = page.getByRole('region', { name: 'Filtres' });
    await bar.getByRole('button', { name: /^Thème/ }).click();
    const option = bar.getByRole('checkbox', { name: /^Énergie/ });
    await option.waitFor();
    await page.waitForTimeout(300);
    const since = await page.evaluate(() => performance.now());
    await option.click();
    await page.getByText(/^\d+\s?pôles? sur 71$/).waitFor();
    // The entry is queued after the next paint: give it time to arrive.
    await page.waitForTimeout(800);
    const durations = await page.evaluate(
      (start) =>
        window.__bench.events
          .filter((entry) => entry.start >= start && entry.id > 0)
          .map((entry) => entry.duration),
      since,
    );
    return { ...load, tick: Math.max(16, ...durations) };
  } finally {
    await page.close();
  }
}
