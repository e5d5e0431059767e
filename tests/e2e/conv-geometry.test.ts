import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clipboardContext,
  launch,
  newContext,
  reopenCopiedLink,
  siteUrl,
  startAllWidgets,
  startWidget,
  watchedPage,
} from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const widget = (page: Page, i: number) => page.locator(`#widget-convgeometrydemo-${i}`);
const formula = (page: Page, i: number) => widget(page, i).getByTestId('geometry-formula').textContent();
const chosen = (page: Page, i: number) => widget(page, i).getByTestId('geometry-window').textContent();
/** the sliders in order: n, k, s, p, d */
const slider = (page: Page, i: number, which: number) =>
  widget(page, i).locator('.geometry-sliders input[type="range"]').nth(which);

/** Clicks the middle of an output cell (`size`: the output's size, 4 × 4 in the gallery's default state). */
async function clickCell(page: Page, i: number, row: number, col: number, size = 4) {
  const hit = widget(page, i).locator('.geometry-out-hit');
  await hit.scrollIntoViewIfNeeded();
  const box = (await hit.boundingBox())!;
  const cell = box.width / size;
  await page.mouse.click(box.x + (col + 0.5) * cell, box.y + (row + 0.5) * cell);
}

/** Scrolls to one gallery state of the widget and waits until it is ready. */
const start = (page: Page, i: number) => startWidget(page, `convgeometrydemo-${i}`);

describe.each(['en', 'zh'])('the convolution geometry widget (%s)', (lang) => {
  it('starts every gallery state without a console error', async () => {
    const context = await newContext(browser);
    const { page, errors, outside } = await watchedPage(context);
    await page.goto(siteUrl(`${lang}/gallery/`));
    await startAllWidgets(page);
    expect(await formula(page, 0)).toMatch(/= 4$/);
    expect(await formula(page, 2)).toMatch(/= 7$/);
    expect(await formula(page, 3)).toMatch(
      /^⌊\(7 \+ 2·2 − 2·\(3 − 1\) − 1\) \/ 1⌋ \+ 1 = ⌊6 \/ 1⌋ \+ 1 = 7$/,
    );
    expect(await widget(page, 3).locator('.geometry-tap').count()).toBe(9);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });

  it('follows a slider moved with the keyboard, and the output grid’s arrow keys', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    await page.goto(siteUrl(`${lang}/gallery/`));
    await start(page, 0);
    await slider(page, 0, 2).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await formula(page, 0)).toMatch(/= ⌊6 \/ 1⌋ \+ 1 = 7$/);
    expect(await slider(page, 0, 2).getAttribute('aria-valuetext')).toBe(
      lang === 'en' ? 'stride 1' : '步幅 1',
    );
    await widget(page, 0).locator('.geometry-output').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await chosen(page, 0)).toMatch(/\(1, 1\)/);
    await page.keyboard.press('End');
    expect(await chosen(page, 0)).toMatch(/\(6, 6\)/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves the window to an output cell clicked with the mouse', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    await page.goto(siteUrl(`${lang}/gallery/`));
    await start(page, 0);
    const taps = widget(page, 0).locator('.geometry-tap').first();
    const before = (await taps.boundingBox())!;
    await clickCell(page, 0, 2, 3);
    expect(await chosen(page, 0)).toMatch(/\(2, 3\)/);
    const after = (await taps.boundingBox())!;
    // stride 2: the window moved 3 × 2 cells right and 2 × 2 cells down (the 7 × 7 input gives the cell size)
    const cell = (await widget(page, 0).locator('.geometry-input-edge').boundingBox())!.width / 7;
    expect(Math.abs(after.x - before.x - 6 * cell)).toBeLessThan(cell / 4);
    expect(Math.abs(after.y - before.y - 4 * cell)).toBeLessThan(cell / 4);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says which rows stride 2 leaves unread, and hatches them', async () => {
    const context = await newContext(browser);
    const { page } = await watchedPage(context);
    await page.goto(siteUrl(`${lang}/gallery/`));
    await start(page, 1);
    const status = widget(page, 1).getByRole('status').filter({ hasText: /5/ });
    expect(await status.textContent()).toMatch(lang === 'en' ? /rows and columns 5/ : /第 5 行和列/);
    expect(await widget(page, 1).locator('.geometry-unread rect:not(.is-faint)').count()).toBe(2);
    // one more padding ring lets the windows reach the last row: only a padding zero is left over
    await slider(page, 1, 3).fill('1');
    const note = widget(page, 1).locator('.geometry-status');
    expect(await note.getAttribute('class')).not.toMatch(/is-problem/);
    expect(await note.textContent()).toMatch(
      lang === 'en' ? /Some padding zeros .* Harmless/ : /填充的零.*这无妨/,
    );
    expect(await widget(page, 1).locator('.geometry-unread rect:not(.is-faint)').count()).toBe(0);
    expect(await widget(page, 1).locator('.geometry-unread rect.is-faint').count()).toBe(2);
    await context.close();
  });

  it('finds same padding, and explains when there is none', async () => {
    const context = await newContext(browser);
    const { page, errors } = await watchedPage(context);
    await page.goto(siteUrl(`${lang}/gallery/`));
    await start(page, 0);
    await slider(page, 0, 2).fill('1');
    await slider(page, 0, 1).fill('5');
    await widget(page, 0).locator('.geometry-same button').click();
    expect(await slider(page, 0, 3).inputValue()).toBe('2');
    expect(await formula(page, 0)).toMatch(/= 7$/);
    await slider(page, 0, 1).fill('4');
    await widget(page, 0).locator('.geometry-same button').click();
    expect(await widget(page, 0).locator('.geometry-same-note').textContent()).toMatch(/4/);
    expect(await slider(page, 0, 3).inputValue()).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies a link that restores its state', async () => {
    const context = await clipboardContext(browser);
    const { page } = await watchedPage(context);
    await page.goto(siteUrl(`${lang}/gallery/`));
    await start(page, 0);
    await slider(page, 0, 0).fill('10');
    await slider(page, 0, 4).fill('2');
    await clickCell(page, 0, 0, 1);
    const wanted = await formula(page, 0);
    const { link, other } = await reopenCopiedLink(page, 'convgeometrydemo-0');
    expect(link).toContain('convgeometrydemo-0.n=10');
    expect(await formula(other, 0)).toBe(wanted);
    expect(await slider(other, 0, 4).inputValue()).toBe('2');
    expect(await chosen(other, 0)).toMatch(/\(0, 1\)/);
    await context.close();
  });
});
