import { existsSync } from 'node:fs';
import { request } from 'undici';
import { freePort } from '@elysium/subgraph-kit/core';
import type { LaunchedGraph } from './launch-graph';
import { buildStorefront, CHROMIUM_ARGS, CHROMIUM_PATH, startStorefront } from './storefront';

/** Time to the first byte of the answer's headers, and to the whole HTML. */
async function timeOnce(url: string): Promise<{ ttfb: number; html: number }> {
  const started = performance.now();
  const response = await request(url, { headers: { accept: 'text/html' } });
  const ttfb = performance.now() - started;
  await response.body.text();
  return { ttfb, html: performance.now() - started };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The storefront's pages as a client meets them: the production build served by `next start` on
 * the running graph. Cold is the first request after start; warm the median of 20 after. Full load
 * (to the load event) and the JavaScript a page sends come from Chromium's own timing, when Chromium
 * is here.
 */
export async function benchStorefront(graph: LaunchedGraph, productSlug: string): Promise<void> {
  console.log('\nStorefront (next build, then next start; each page renders on the server from the gateway):');
  await buildStorefront((line) => console.error(line));
  const web = await startStorefront({
    gatewayUrl: graph.gatewayUrl,
    stripeUrl: graph.stripeUrl,
    port: await freePort(),
    mode: 'production',
    onOutput: () => undefined,
  });
  const pages = [
    ['home', '/'],
    ['listing', '/products'],
    ['product', `/products/${productSlug}`],
  ] as const;
  try {
    for (const [name, path] of pages) {
      const cold = await timeOnce(`${web.url}${path}`);
      const warm: Array<{ ttfb: number; html: number }> = [];
      for (let i = 0; i < 20; i++) warm.push(await timeOnce(`${web.url}${path}`));
      console.log(
        `  ${name.padEnd(8)} TTFB cold ${cold.ttfb.toFixed(0)} ms, warm ${median(warm.map((w) => w.ttfb)).toFixed(1)} ms; whole HTML warm ${median(warm.map((w) => w.html)).toFixed(1)} ms`,
      );
    }
    if (!existsSync(CHROMIUM_PATH)) {
      console.log(`  full load and JavaScript per page: no Chromium at ${CHROMIUM_PATH}`);
      return;
    }
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    try {
      for (const [name, path] of pages) {
        const loads: number[] = [];
        let scripts = 0;
        // Each load in a new browser context (an empty cache: a first visit); the first of them is also the
        // first time Chromium asks for the page's scripts from this server.
        for (let round = 0; round < 6; round++) {
          const page = await (await browser.newContext()).newPage();
          await page.goto(`${web.url}${path}`, { waitUntil: 'load' });
          const timing = (await page.evaluate(
            `(() => { const n = performance.getEntriesByType('navigation')[0]; const s = performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'script'); return { load: n.loadEventEnd, scripts: s.reduce((t, r) => t + r.encodedBodySize, 0) }; })()`,
          )) as { load: number; scripts: number };
          loads.push(timing.load);
          scripts = Math.max(scripts, timing.scripts);
          await page.context().close();
        }
        console.log(
          `  ${name.padEnd(8)} full load in Chromium, a first visit: ${loads[0].toFixed(0)} ms the first time, median ${median(loads.slice(1)).toFixed(0)} ms after; JavaScript ${(scripts / 1024).toFixed(0)} KiB compressed`,
        );
      }
    } finally {
      await browser.close();
    }
  } finally {
    await web.stop();
  }
}
