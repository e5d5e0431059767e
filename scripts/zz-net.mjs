import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './chromium.mjs';
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
const got = [];
page.on('requestfinished', async (r) => { const s = await r.sizes(); got.push([r.url().split('/').pop(), s.responseBodySize]); });
await page.goto('http://127.0.0.1:4173' + process.argv[2]);
await page.waitForTimeout(6000);
let total = 0; for (const [u, s] of got) { total += s; if (/js|wasm|css/.test(u)) console.log(String(s).padStart(8), u); }
console.log('total', total);
console.log(await page.evaluate(() => [...document.querySelectorAll('.backend-badge')].map((b) => b.textContent + ' | ' + b.title)));
await browser.close();
