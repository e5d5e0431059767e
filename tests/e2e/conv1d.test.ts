import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clipboardContext,
  launch,
  newContext,
  reopenCopiedLink,
  siteUrl,
  startAllWidgets,
  watchedPage,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const widget = (page: Page) => page.locator('#widget-conv1d');
const sum = (page: Page) => widget(page).getByTestId('products-sum').textContent();
const tap = (page: Page, i: number) => widget(page).locator('.kernel-taps input').nth(i);
const kernelInUrl = (page: Page) =>
  page.evaluate(() => new URL(location.href).searchParams.get('conv1d.kernel'));

describe.each(['en', 'zh'])('the 1-D convolution widget (%s)', (lang) => {
  it('steps the window with the keyboard and with the mouse', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    await page.goto(siteUrl(`${lang}/introduction/`));
    await startAllWidgets(page);
    expect(await sum(page)).toMatch(/^y\[10\] = /);
    const slider = widget(page).locator('input[type="range"]').first();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await sum(page)).toMatch(/^y\[12\] = /);
    await page.keyboard.press('Home');
    expect(await sum(page)).toMatch(/^y\[0\] = /);
    // a click near the right end of the plot moves the window there
    const plot = widget(page).locator('.plot-hit');
    const box = (await plot.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.98, box.y + box.height / 2);
    expect(await sum(page)).toMatch(/^y\[4[5-7]\] = /);
    // the play button steps on its own
    await widget(page).locator('input[type="range"]').first().fill('0');
    await widget(page)
      .getByRole('button', { name: lang === 'en' ? 'Play' : '播放' })
      .click();
    await page.waitForFunction(() =>
      /^y\[[3-9]\]/.test(document.querySelector('[data-testid="products-sum"]')?.textContent ?? ''),
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows TF.js’s output, and it agrees with the products shown', async () => {
    const context = await newContext(browser);
    const { page } = await watchedPage(context);
    await page.goto(
      siteUrl(`${lang}/introduction/?conv1d.signal=step&conv1d.kernel=-1,0,1&conv1d.position=24`),
    );
    await startAllWidgets(page);
    // at the step's edge the difference kernel gives 0·(−1) + 1·0 + 1·1 = 1
    expect(await sum(page)).toMatch(/= 1$/);
    expect(await widget(page).locator('.backend-badge').getAttribute('data-backend')).toMatch(
      /wasm|webgl|webgpu|cpu/,
    );
    await context.close();
  });

  it('rejects a bad kernel value with a message and keeps the last good state', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    await page.goto(siteUrl(`${lang}/introduction/?conv1d.kernel=1,2,1`));
    await startAllWidgets(page);
    const before = await sum(page);
    for (const bad of ['', 'abc', '1e309', 'NaN', '--1']) {
      await tap(page, 1).fill(bad);
      await expect(widget(page).getByRole('alert').textContent()).resolves.toMatch(/2/);
      expect(await tap(page, 1).getAttribute('aria-invalid')).toBe('true');
      expect(await sum(page)).toBe(before);
    }
    await page.waitForTimeout(400);
    expect(await kernelInUrl(page)).toBe('1,2,1');
    await tap(page, 1).fill('3');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('conv1d.kernel') === '1,3,1');
    expect(await sum(page)).not.toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('falls back to defaults for a mangled link', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    await page.goto(
      siteUrl(`${lang}/introduction/?conv1d.kernel=1,x,1&conv1d.signal=bogus&conv1d.position=-4`),
    );
    await startAllWidgets(page);
    expect(await tap(page, 0).inputValue()).toBe('0.25');
    expect(await widget(page).locator('select').first().inputValue()).toBe('sine');
    expect(await sum(page)).toMatch(/^y\[10\]/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies a link that restores its state', async () => {
    const context = await clipboardContext(browser);
    const { page } = await watchedPage(context);
    await page.goto(siteUrl(`${lang}/introduction/`));
    await startAllWidgets(page);
    await widget(page).locator('select').first().selectOption('pulse');
    await tap(page, 0).fill('-2');
    await widget(page).locator('input[type="range"]').first().fill('30');
    const { other } = await reopenCopiedLink(page, 'conv1d');
    expect(await widget(other).locator('select').first().inputValue()).toBe('pulse');
    expect(await tap(other, 0).inputValue()).toBe('-2');
    expect(await sum(other)).toMatch(/^y\[30\]/);
    await context.close();
  });

  it('learns the kernel in a worker while the page stays responsive', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    await page.goto(siteUrl(`${lang}/introduction/?conv1d.kernel=-1,0,1&conv1d.signal=sine`));
    await startAllWidgets(page);
    await widget(page).locator('.learn-kernel button').click();
    // the page keeps answering while the worker trains
    const slider = widget(page).locator('input[type="range"]').first();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    expect(await sum(page)).toMatch(/^y\[11\]/);
    await page.waitForFunction(
      () => /\[.*\]$/.test(document.querySelector('.learn-status')?.textContent ?? ''),
      null,
      { timeout: 45_000 },
    );
    const learned = (await widget(page).locator('.learn-status').textContent())!
      .match(/\[(.*)\]/)![1]!
      .split(',')
      .map((s) => Number(s.replace('−', '-')));
    expect(learned[0]).toBeCloseTo(-1, 1);
    expect(learned[1]).toBeCloseTo(0, 1);
    expect(learned[2]).toBeCloseTo(1, 1);
    expect(await widget(page).locator('.learn-kernel svg path.series-loss').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
