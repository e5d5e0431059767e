import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, siteUrl, watchedPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const WORDS = {
  en: { right: 'Right.', wrong: 'Not quite', check: 'Check', kernel: 'Kernel C', show: 'Show the answer' },
  zh: { right: '正确。', wrong: '不对', check: '检查', kernel: '卷积核 C', show: '显示答案' },
} as const;

const widget = (page: Page) => page.locator('#widget-channelsdemo-0');
const params = (page: Page) => widget(page).getByTestId('channels-params').textContent();
const number = (text: string) => Number(text.replace(/\u2212/g, '-'));
/** the plain arithmetic's total and TF.js's value for the same place of map 1 */
async function totals(page: Page): Promise<[number, number]> {
  const total = (await widget(page).getByTestId('channels-total').textContent())!.split('=').at(-1)!;
  const tf = await widget(page).getByTestId('channels-tf').getAttribute('data-value');
  return [number(total.trim()), Number(tf)];
}

async function openWidget(page: Page, lang: string) {
  await page.goto(siteUrl(`${lang}/gallery/`));
  await widget(page).scrollIntoViewIfNeeded();
  await page.waitForSelector('#widget-channelsdemo-0[data-ready="true"]', { timeout: 60_000 });
}

async function axe(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

describe.each(['en', 'zh'] as const)('channels and exercises on the gallery (%s)', (lang) => {
  it('changes the number of kernels by keyboard, and the parameter count with it', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    await openWidget(page, lang);
    expect(await params(page)).toContain('= 3·3·3·4 + 4 = 112');
    const slider = widget(page).getByRole('slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    expect(await params(page)).toContain('= 3·3·3·5 + 5 = 140');
    await page.keyboard.press('End');
    expect(await params(page)).toContain('= 3·3·3·8 + 8 = 224');
    await expect.poll(() => widget(page).locator('.channels-map').count()).toBe(8);
    await expect
      .poll(() => page.evaluate(() => new URL(location.href).searchParams.get('channelsdemo-0.kernels')))
      .toBe('8');
    // a grey input has one channel: C_in = 1
    await widget(page).locator('select').nth(1).selectOption('grey');
    expect(await params(page)).toContain('= 3·3·1·8 + 8 = 80');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes apart the map value the reader clicks, and it matches TF.js', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    await openWidget(page, lang);
    const cells = widget(page).locator('.channels-products .matrix-grid button');
    await cells.nth(14).click();
    expect(await widget(page).getByTestId('channels-total').textContent()).toMatch(/^y₁\[4, 3\] = /);
    await expect.poll(async () => Math.abs((await totals(page)).reduce((a, b) => a - b)) < 0.002).toBe(true);
    // a preset by keyboard: Tab reaches it, Enter presses it
    await widget(page)
      .getByRole('button', { name: lang === 'en' ? 'red only' : '只看红色' })
      .focus();
    await page.keyboard.press('Enter');
    expect(await widget(page).locator('.channels-channel-sum').allTextContents()).toEqual([
      expect.any(String),
      lang === 'en' ? 'sum 0' : '和为 0',
      lang === 'en' ? 'sum 0' : '和为 0',
    ]);
    await expect.poll(async () => Math.abs((await totals(page)).reduce((a, b) => a - b)) < 0.002).toBe(true);
    expect(await axe(page, '#widget-channelsdemo-0')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('checks exercises: a wrong answer, then a right one, by keyboard and mouse', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    const words = WORDS[lang];
    await page.goto(siteUrl(`${lang}/gallery/`));
    const size = page.locator('[data-exercise="gallery-size"]');
    await size.scrollIntoViewIfNeeded();
    const field = size.locator('input');
    await field.fill('28');
    await field.press('Enter');
    await expect
      .poll(() => size.getByRole('status').textContent())
      .toMatch(new RegExp(`^${words.wrong}.*36`));
    await size.getByRole('button', { name: words.show }).click();
    expect(await size.getByRole('status').textContent()).toContain('⌊(32 + 2·2 − 5) / 1⌋ + 1 = 32');
    await field.fill('32');
    await size.getByRole('button', { name: words.check }).click();
    expect(await size.getByRole('status').textContent()).toMatch(new RegExp(`^${words.right}`));
    // the kernel choice by keyboard: arrows move between the radio buttons, Tab reaches Check
    const kernel = page.locator('[data-exercise="gallery-kernel"]');
    await kernel.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await kernel.getByRole('radio', { name: words.kernel }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await kernel.getByRole('status').textContent()).toMatch(new RegExp(`^${words.right}`));
    expect(await axe(page, '.exercise')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
