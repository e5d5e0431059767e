import type * as tf from '@tensorflow/tfjs-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clipboardContext, launch, reopenCopiedLink, siteUrl, startWidget, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const ID = 'kernellabdemo-0';
const widget = (page: Page) => page.locator(`#widget-${ID}`);
const weight = (page: Page, i: number) => widget(page).locator('.lab-grid input').nth(i);
const maps = (page: Page) => widget(page).locator('.lab-card:not(.lab-input) canvas');
const inputPhoto = (page: Page) => widget(page).locator('.lab-input canvas');
const alertText = (page: Page) => widget(page).getByRole('alert').textContent();
const scaleText = (page: Page, n: number) =>
  widget(page).locator('.lab-card:not(.lab-input) .colour-scale').nth(n).textContent();
/** the limit of a map's colour scale, read from its ends (marked ≤ and ≥ when clipped) */
const scaleEnd = async (page: Page, n: number) =>
  Number((await scaleText(page, n))?.match(/^(?:≤ )?−(\d[\d.]*)(?:≥ )?\1$/)?.[1]);
const clipText = (page: Page, n: number) => widget(page).locator('.lab-clip').nth(n).textContent();
const choose = (page: Page, where: string, value: string) =>
  widget(page).locator(`${where} select`).selectOption(value);
const own = (page: Page, key: string) =>
  page.evaluate((k) => new URL(location.href).searchParams.get(k), `${ID}.${key}`);
const tensors = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { deepLearningLiveTf: typeof tf }).deepLearningLiveTf.memory().numTensors,
  );
const file = (name: string, mimeType: string, buffer: Buffer) => ({ name, mimeType, buffer });

/** A fingerprint of the pixels painted on a map's canvas. */
const painted = (page: Page, n: number) =>
  maps(page)
    .nth(n)
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let hash = 0;
      for (let i = 0; i < data.length; i += 1) hash = (hash * 31 + (data[i] as number)) | 0;
      return hash;
    });
const repainted = (page: Page, n: number, before: number) =>
  expect.poll(() => painted(page, n), { timeout: 10_000 }).not.toBe(before);

let context: BrowserContext;
let errors: string[];
afterEach(async () => {
  expect(errors).toEqual([]);
  await context.close();
});

/** The gallery, once the first kernel lab shows its maps (the widgets far below stay asleep). */
async function open(lang: string): Promise<Page> {
  context = await clipboardContext(browser);
  const watched = await watchedPage(context);
  errors = watched.errors;
  await watched.page.goto(siteUrl(`${lang}/gallery/`));
  await startWidget(watched.page, ID);
  return watched.page;
}

describe.each(['en', 'zh'])('the kernel lab (%s)', (lang) => {
  it('repaints a map when a preset is chosen and when a weight is typed, and only that map', async () => {
    const page = await open(lang);
    expect(await widget(page).locator('.backend-badge').getAttribute('data-backend')).toMatch(
      /wasm|webgl|cpu/,
    );
    const [first, second] = [await painted(page, 0), await painted(page, 1)];
    expect(first).not.toBe(second);
    // a preset, chosen with the keyboard: the one after Sobel, the Laplacian, which kernel 2 is too
    await widget(page).locator('.lab-editor select').focus();
    await page.keyboard.press('ArrowDown');
    await repainted(page, 0, first);
    await expect.poll(() => painted(page, 0)).toBe(second);
    await expect
      .poll(() => maps(page).nth(0).getAttribute('aria-label'))
      .toMatch(lang === 'en' ? /\(Laplacian\)/ : /拉普拉斯/);
    // a weight, typed
    await weight(page, 4).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('-8');
    await repainted(page, 0, second);
    expect(await painted(page, 1)).toBe(second);
    await expect.poll(() => own(page, 'k1')).toBe('0,1,0,1,-8,1,0,1,0');
    // the map's range, in text, and its colour scale stretched: its ends marked, and the clipping said
    expect(await maps(page).nth(0).getAttribute('aria-label')).toMatch(/−\d.*\d/);
    expect(await scaleText(page, 0)).toMatch(/^≤ −(\d[\d.]*)≥ \1$/);
    expect(await clipText(page, 0)).toMatch(/^(0\.\d+|1)% .*±\d/);
  });

  it('stretches the colour scales by default, shows the full range when asked, and keeps it in a link', async () => {
    const page = await open(lang);
    const stretched = [await painted(page, 0), await painted(page, 1)];
    const sobel = await scaleEnd(page, 0);
    expect(await scaleText(page, 0)).toMatch(/^≤ −(\d[\d.]*)≥ \1$/);
    expect(await clipText(page, 0)).toMatch(new RegExp(`^(0\\.\\d+|1)% .*±${sobel}`));
    await choose(page, '.lab-view', 'full');
    await repainted(page, 0, stretched[0]!);
    await repainted(page, 1, stretched[1]!);
    await expect.poll(() => scaleText(page, 0)).toMatch(/^−(\d[\d.]*)\1$/);
    expect(await scaleEnd(page, 0)).toBeGreaterThan(2 * sobel);
    expect(await clipText(page, 1)).toMatch(lang === 'en' ? /nothing is clipped/ : /没有截断/);
    await expect.poll(() => own(page, 'contrast')).toBe('full');
    const full = await painted(page, 0);
    const { other } = await reopenCopiedLink(page, ID);
    expect(await widget(other).locator('.lab-view select').inputValue()).toBe('full');
    expect(await painted(other, 0)).toBe(full);
    // back to stretched: the same pixels as at first, repainted from the map already computed
    await choose(other, '.lab-view', 'stretch');
    await expect.poll(() => painted(other, 0)).toBe(stretched[0]);
    expect(await painted(other, 1)).toBe(stretched[1]);
  });

  it('refuses bad weights with a message and keeps the last kernel and map', async () => {
    const page = await open(lang);
    const before = await painted(page, 0);
    for (const bad of ['', 'abc', '1e309', 'NaN']) {
      await weight(page, 3).fill(bad);
      await expect(alertText(page)).resolves.toMatch(/-2/);
      expect(await weight(page, 3).getAttribute('aria-invalid')).toBe('true');
    }
    await page.waitForTimeout(400);
    expect(await painted(page, 0)).toBe(before);
    expect(await own(page, 'k1')).toBeNull();
    await weight(page, 3).fill('-3');
    await repainted(page, 0, before);
    await expect.poll(() => own(page, 'k1')).toBe('-1,0,1,-3,0,2,-1,0,1');
    expect(await widget(page).getByRole('alert').count()).toBe(0);
  });

  it('refuses a broken or non-image file with a message and keeps the photo', async () => {
    const page = await open(lang);
    const photo = await inputPhoto(page).getAttribute('aria-label');
    const before = await painted(page, 0);
    const picker = widget(page).locator('input[type="file"]');
    await picker.setInputFiles(file('cat.png', 'image/png', Buffer.from('not a png at all')));
    await expect.poll(() => alertText(page)).toMatch(/cat\.png/);
    await picker.setInputFiles(file('notes.txt', 'text/plain', Buffer.from('hello')));
    await expect.poll(() => alertText(page)).toMatch(/notes\.txt.*text\/plain/);
    expect(await inputPhoto(page).getAttribute('aria-label')).toBe(photo);
    expect(await painted(page, 0)).toBe(before);
    // a real image, wider than 512 px, is scaled down and used
    const png = await page.evaluate(() => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 1024, height: 300 });
      canvas.getContext('2d')!.fillRect(300, 50, 400, 200);
      return canvas.toDataURL('image/png').split(',')[1]!;
    });
    await picker.setInputFiles(file('box.png', 'image/png', Buffer.from(png, 'base64')));
    await expect.poll(() => inputPhoto(page).getAttribute('aria-label')).toMatch(/512 × 150/);
    await repainted(page, 0, before);
    expect(await widget(page).getByRole('alert').count()).toBe(0);
    expect(await widget(page).locator('.lab-photo select').inputValue()).toBe('own');
  });

  it('copies a link that restores its state', async () => {
    const page = await open(lang);
    await choose(page, '.lab-photo', 'brick');
    await choose(page, '.lab-layer', '5');
    await widget(page).locator('.lab-layer button').click();
    await widget(page).locator('.lab-kernel').nth(1).click();
    await weight(page, 12).fill('-7');
    await expect.poll(() => own(page, 'k2')).toMatch(/,-7,/);
    const map = await painted(page, 1);
    const { other } = await reopenCopiedLink(page, ID);
    expect(await widget(other).locator('.lab-photo select').inputValue()).toBe('brick');
    expect(await widget(other).locator('.lab-layer select').inputValue()).toBe('5');
    expect(await maps(other).count()).toBe(3);
    expect(await widget(other).locator('.lab-kernel').nth(1).getAttribute('aria-pressed')).toBe('true');
    expect(await weight(other, 12).inputValue()).toBe('-7');
    expect(await painted(other, 1)).toBe(map);
  });

  it('frees every tensor it made after 500 quick kernel edits, a new size and a new photo', async () => {
    const page = await open(lang);
    // the other widgets near the viewport start too: count once every one that started is ready
    await page.waitForFunction(() =>
      [...document.querySelectorAll('section.widget')].every(
        (frame) => frame.getAttribute('data-ready') === 'true' || frame.querySelector('.widget-placeholder'),
      ),
    );
    await page.waitForTimeout(500);
    const baseline = await tensors(page);
    await page.evaluate(async (id) => {
      const field = document.querySelectorAll<HTMLInputElement>(`#widget-${id} .lab-grid input`)[4]!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      for (let i = 0; i < 500; i++) {
        setValue.call(field, String((i % 7) - 3));
        field.dispatchEvent(new Event('input', { bubbles: true }));
        // a frame now and then, so some edits finish and some are overtaken by the next
        if (i % 10 === 9) await new Promise(requestAnimationFrame);
      }
    }, ID);
    await expect.poll(() => own(page, 'k1')).toBe('-1,0,1,-2,-1,2,-1,0,1');
    // a 3 × 3 kernel padded to 5 × 5 paints the same map: count the paints instead
    const paints = () => page.evaluate(() => performance.getEntriesByName('dl:kernel-lab').length);
    const before = await paints();
    await choose(page, '.lab-layer', '5');
    await expect.poll(paints).toBeGreaterThan(before);
    expect(await widget(page).locator('.lab-grid input').count()).toBe(25);
    await choose(page, '.lab-photo', 'camera');
    await expect.poll(() => inputPhoto(page).getAttribute('aria-label')).toMatch(/512 × 512/);
    await choose(page, '.lab-layer', '3');
    await choose(page, '.lab-photo', 'chelsea');
    await expect.poll(() => inputPhoto(page).getAttribute('aria-label')).toMatch(/451 × 300/);
    await page.waitForTimeout(300);
    await expect.poll(() => tensors(page)).toBe(baseline);
  });
});
