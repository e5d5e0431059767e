import type { Page } from '@playwright/test';
import {
  expect,
  frame,
  galleryWidget,
  openWidget,
  reopenCopiedLink,
  startWidget,
  test,
  useClipboard,
} from './fixtures';

/** the gallery's states: 0 the default, 1 stride 2 leaving rows unread, 2 same padding, 3 dilation 2 */
/** The geometry's presets, in the gallery's order (ConvGeometry/presets.ts). */
const GEOMETRY_PRESETS = ['default', 'uncovered', 'same', 'dilation'];
const state = (index: number) => galleryWidget('convolution', 'conv-geometry', GEOMETRY_PRESETS[index]!);
const widget = (page: Page, i: number) => frame(page, state(i).id);
const formula = (page: Page, i: number) => widget(page, i).getByTestId('geometry-formula');
const chosen = (page: Page, i: number) => widget(page, i).getByTestId('geometry-window');
const SLIDERS = { n: 'Input size n', k: 'Kernel size k', s: 'Stride s', p: 'Padding p', d: 'Dilation d' };
const slider = (page: Page, i: number, which: keyof typeof SLIDERS) =>
  widget(page, i).getByRole('slider', { name: SLIDERS[which] });
const samePadding = (page: Page, i: number) => widget(page, i).getByRole('button', { name: 'Same padding' });

/** Clicks the middle of an output cell (`size`: the output's size, 4 × 4 in the gallery's default state). */
async function clickCell(page: Page, i: number, row: number, col: number, size = 4) {
  const hit = widget(page, i).locator('.geometry-out-hit');
  await hit.scrollIntoViewIfNeeded();
  const box = (await hit.boundingBox())!;
  const cell = box.width / size;
  await page.mouse.click(box.x + (col + 0.5) * cell, box.y + (row + 0.5) * cell);
}

test.describe('the convolution geometry widget', () => {
  test('works out the output size of its gallery states', async ({ page }) => {
    await page.goto(state(0).url);
    for (const i of [0, 2, 3]) await startWidget(page, state(i).id);
    await expect(formula(page, 0)).toHaveText(/= 4$/);
    await expect(formula(page, 2)).toHaveText(/= 7$/);
    await expect(formula(page, 3)).toHaveText(
      /^⌊\(7 \+ 2·2 − 2·\(3 − 1\) − 1\) \/ 1⌋ \+ 1 = ⌊6 \/ 1⌋ \+ 1 = 7$/,
    );
    await expect(widget(page, 3).locator('.geometry-tap')).toHaveCount(9);
  });

  test('follows a slider moved with the keyboard, and the output grid’s arrow keys', async ({ page }) => {
    await openWidget(page, state(0));
    await slider(page, 0, 's').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(formula(page, 0)).toHaveText(/= ⌊6 \/ 1⌋ \+ 1 = 7$/);
    await expect(slider(page, 0, 's')).toHaveAttribute('aria-valuetext', 'stride 1');
    await widget(page, 0)
      .getByRole('group', { name: /^Output grid/ })
      .focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(chosen(page, 0)).toHaveText(/\(1, 1\)/);
    await page.keyboard.press('End');
    await expect(chosen(page, 0)).toHaveText(/\(6, 6\)/);
  });

  test('moves the window to an output cell clicked with the mouse', async ({ page }) => {
    await openWidget(page, state(0));
    const taps = widget(page, 0).locator('.geometry-tap').first();
    const before = (await taps.boundingBox())!;
    await clickCell(page, 0, 2, 3);
    await expect(chosen(page, 0)).toHaveText(/\(2, 3\)/);
    const after = (await taps.boundingBox())!;
    // stride 2: the window moved 3 × 2 cells right and 2 × 2 cells down (the 7 × 7 input gives the cell size)
    const cell = (await widget(page, 0).locator('.geometry-input-edge').boundingBox())!.width / 7;
    expect(Math.abs(after.x - before.x - 6 * cell)).toBeLessThan(cell / 4);
    expect(Math.abs(after.y - before.y - 4 * cell)).toBeLessThan(cell / 4);
  });

  test('says which rows stride 2 leaves unread, and hatches them', async ({ page }) => {
    await openWidget(page, state(1));
    await expect(widget(page, 1).getByRole('status').filter({ hasText: /5/ })).toHaveText(
      /rows and columns 5/,
    );
    await expect(widget(page, 1).locator('.geometry-unread rect:not(.is-faint)')).toHaveCount(2);
    // one more padding ring lets the windows reach the last row: only a padding zero is left over
    await slider(page, 1, 'p').fill('1');
    const note = widget(page, 1).locator('.geometry-status');
    await expect(note).not.toHaveClass(/is-problem/);
    await expect(note).toHaveText(/Some padding zeros .* Harmless/);
    await expect(widget(page, 1).locator('.geometry-unread rect:not(.is-faint)')).toHaveCount(0);
    await expect(widget(page, 1).locator('.geometry-unread rect.is-faint')).toHaveCount(2);
  });

  test('finds same padding, and explains when there is none', async ({ page }) => {
    await openWidget(page, state(0));
    await slider(page, 0, 's').fill('1');
    await slider(page, 0, 'k').fill('5');
    await samePadding(page, 0).click();
    await expect(slider(page, 0, 'p')).toHaveValue('2');
    await expect(formula(page, 0)).toHaveText(/= 7$/);
    await slider(page, 0, 'k').fill('4');
    await samePadding(page, 0).click();
    await expect(widget(page, 0).locator('.geometry-same-note')).toHaveText(/4/);
    await expect(slider(page, 0, 'p')).toHaveValue('2');
  });

  test.describe('with the clipboard', () => {
    useClipboard();

    test('copies a link that restores its state', async ({ page }) => {
      await openWidget(page, state(0));
      await slider(page, 0, 'n').fill('10');
      await slider(page, 0, 'd').fill('2');
      await clickCell(page, 0, 0, 1);
      const wanted = (await formula(page, 0).textContent())!;
      const { link, other } = await reopenCopiedLink(page, state(0).id);
      expect(link).toContain(`${state(0).id}.n=10`);
      await expect(formula(other, 0)).toHaveText(wanted);
      await expect(slider(other, 0, 'd')).toHaveValue('2');
      await expect(chosen(other, 0)).toHaveText(/\(0, 1\)/);
    });
  });
});
