// axe_run.js: loads each HTML file named on the command line in one
// headless Chromium (puppeteer-core) and runs axe-core on it: WCAG 2.0/2.1
// A and AA and axe's best practices. Prints one line per page
// ("ok PAGE" or "violation PAGE RULE (impact) N nodes: TARGET"), then
// "axe: N pages, M violations"; exits 1 on any violation, 2 when the
// browser or a page cannot be run.
// Needs NODE_PATH to hold puppeteer-core and axe-core (scripts/setup-deps.sh
// test installs them) and CHROMIUM to name the browser.
'use strict';
const puppeteer = require('puppeteer-core');
const axeSource = require('axe-core').source;
const path = require('path');

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: axe_run.js PAGE.html...');
    process.exit(2);
  }
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--no-default-browser-check'],
  });
  let violations = 0;
  let failed = 0;
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 1024 });
    for (const f of files) {
      const url = 'file://' + path.resolve(f);
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 60000 });
        await page.evaluate(axeSource);
        const res = await page.evaluate(() => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
          resultTypes: ['violations'],
        }));
        if (res.violations.length === 0) {
          console.log('ok ' + f);
        }
        for (const v of res.violations) {
          violations++;
          const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
          console.log('violation ' + f + ' ' + v.id + ' (' + v.impact + ') ' +
            v.nodes.length + ' nodes: ' + where);
        }
      } catch (err) {
        failed++;
        console.log('error ' + f + ' ' + err.message);
      }
    }
  } finally {
    await browser.close();
  }
  console.log('axe: ' + files.length + ' pages, ' + violations + ' violations' +
    (failed ? ', ' + failed + ' pages not run' : ''));
  process.exit(failed ? 2 : violations ? 1 : 0);
}

main().catch((err) => {
  console.error('axe_run.js: ' + err.message);
  process.exit(2);
});
