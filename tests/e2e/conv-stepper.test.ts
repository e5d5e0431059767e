import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clipboardContext,
  launch,
  newContext,
  reopenCopiedLink,
  siteUrl,
  startWidget,
  watchedPage,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const ID = 'convstepperdemo-0';
const widget = (page: Page, id = ID) => page.locator(`#widget-${id}`);
const position = (page: Page, id = ID) => widget(page, id).locator('input[type="range"]').first();
const weight = (page: Page, i: number) => widget(page).locator('.stepper-weights input').nth(i);
const asNumber = (text: string | null) => Number((text ?? '').trim().replace('−', '-'));
/** the sum written out under the products, and the value TF.js put in the feature map's current cell */
async function sumAndMap(page: Page, id = ID): Promise<[number, number]> {
  const sum = (await widget(page, id).getByTestId('stepper-sum').textContent())!.split('=').at(-1)!;
  const cell = await widget(page, id).locator('.stepper-map td.in-box').textContent();
  return [asNumber(sum), asNumber(cell)];
}

/** Opens the gallery and waits for one stepper (only it, not the whole page) to be ready. */
async function openStepper(page: Page, lang: string, id = ID, query = '') {
  await page.goto(siteUrl(`${lang}/gallery/${query}`));
  await startWidget(page, id);
}

describe.each(['en', 'zh'])('the convolution stepper (%s)', (lang) => {
  it('steps with the arrow keys only while one of its grids has focus', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    await openStepper(page, lang);
    expect(await position(page).inputValue()).toBe('0');
    await widget(page).locator('.pixel-grid-box').first().focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await position(page).inputValue()).toBe('10');
    expect(await widget(page).locator('.stepper-status').textContent()).toMatch(
      lang === 'en' ? /^Step 11 of 64/ : /^第 11 步/,
    );
    // the feature map is filled up to the current position and no further
    expect(await widget(page).locator('.stepper-map tbody td:not(:has(span[aria-hidden]))').count()).toBe(11);
    await widget(page).locator('.stepper-map').focus();
    await page.keyboard.press('End');
    expect(await position(page).inputValue()).toBe('63');
    await page.keyboard.press('ArrowUp');
    expect(await position(page).inputValue()).toBe('55');
    // with the focus elsewhere the arrows scroll the page, as usual
    await widget(page).locator('.stepper-keys').click();
    await page.keyboard.press('ArrowLeft');
    expect(await position(page).inputValue()).toBe('55');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves the window to a feature-map cell that is clicked', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    await openStepper(page, lang);
    await widget(page).locator('.stepper-map tbody tr').nth(4).locator('td').nth(2).locator('button').click();
    expect(await position(page).inputValue()).toBe(String(4 * 8 + 2));
    // the window on the image: nine cells, the top-left one at row 5, column 3
    expect(await widget(page).locator('.pixel-grid-box').first().locator('td.in-box').count()).toBe(9);
    const [sum, cell] = await sumAndMap(page);
    expect(sum).toBe(cell);
    // the arrow keys go on from the clicked cell
    await page.keyboard.press('ArrowRight');
    expect(await position(page).inputValue()).toBe(String(4 * 8 + 3));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows at every step a written-out sum equal to TF.js’s feature-map value', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    // the gallery's third state: the horizontal-edge kernel with the whole map filled
    await openStepper(page, lang, 'convstepperdemo-2');
    expect(
      await widget(page, 'convstepperdemo-2').locator('.backend-badge').getAttribute('data-backend'),
    ).toMatch(/wasm|webgl|webgpu|cpu/);
    await widget(page, 'convstepperdemo-2').locator('.stepper-map').focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 64; i++) {
      const [sum, cell] = await sumAndMap(page, 'convstepperdemo-2');
      expect(Math.abs(sum - cell), `position ${i}`).toBeLessThan(0.0051);
      await page.keyboard.press('ArrowRight');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('rejects a bad kernel value with a message and keeps the last good state', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    await openStepper(page, lang, ID, `?${ID}.position=27`);
    const before = await widget(page).getByTestId('stepper-sum').textContent();
    for (const bad of ['abc', '', '1e309']) {
      await weight(page, 4).fill(bad);
      expect(await widget(page).getByRole('alert').textContent()).toMatch(/0/);
      expect(await weight(page, 4).getAttribute('aria-invalid')).toBe('true');
      expect(await widget(page).getByTestId('stepper-sum').textContent()).toBe(before);
    }
    await page.waitForTimeout(400);
    // the kernel is still the default, which the link leaves out
    expect(
      await page.evaluate((id) => new URL(location.href).searchParams.get(`${id}.kernel`), ID),
    ).toBeNull();
    await weight(page, 4).fill('2');
    await page.waitForFunction(
      (id) => new URL(location.href).searchParams.get(`${id}.kernel`) === '-1,0,1,-1,2,1,-1,0,1',
      ID,
    );
    expect(await widget(page).getByTestId('stepper-sum').textContent()).not.toBe(before);
    const [sum, cell] = await sumAndMap(page);
    expect(sum).toBe(cell);
    // a bad entry and its message stay when the field loses the focus: were the message to vanish
    // on blur, the preset buttons below would move up between mousedown and mouseup, and the click
    // would be lost
    await weight(page, 4).fill('abc');
    const box = widget(page).locator('.stepper-kernel .button-row button').nth(1);
    expect(await box.getAttribute('aria-pressed')).toBe('false');
    await box.click();
    await expect.poll(() => box.getAttribute('aria-pressed')).toBe('true');
    // the preset changed the weight from outside: the field shows it and the message is gone
    expect(await weight(page, 4).getAttribute('aria-invalid')).toBeNull();
    expect(await widget(page).getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies a link that restores its state', async () => {
    const context = await clipboardContext(browser);
    const { page } = await watchedPage(context);
    await openStepper(page, lang);
    await widget(page).locator('.stepper-kernel .button-row button').last().click();
    await weight(page, 0).fill('0.5');
    await position(page).fill('40');
    const sum = await widget(page).getByTestId('stepper-sum').textContent();
    const { other } = await reopenCopiedLink(page, ID);
    expect(await weight(other, 0).inputValue()).toBe('0.5');
    expect(await weight(other, 4).inputValue()).toBe('5');
    expect(await position(other).inputValue()).toBe('40');
    expect(await widget(other).getByTestId('stepper-sum').textContent()).toBe(sum);
    await context.close();
    // two loads of the whole gallery
  }, 120_000);

  it('says so in the figure when the photo cannot be loaded', async () => {
    const context = await newContext(browser);
    const { page } = await watchedPage(context);
    await page.route('**/images/chelsea.png', (route) => route.abort());
    await page.goto(siteUrl(`${lang}/gallery/`));
    await widget(page).scrollIntoViewIfNeeded();
    await expect(widget(page).locator('.stepper-failed').textContent()).resolves.toMatch(
      lang === 'en' ? /could not be loaded/ : /没能加载/,
    );
    await context.close();
  });
});
