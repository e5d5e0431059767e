import type { Page } from '@playwright/test';
import { expect, frame, openWidget, reopenCopiedLink, test, urlParam, useClipboard } from './fixtures';

const INTRODUCTION = { url: 'en/introduction/', id: 'conv1d' };
const widget = (page: Page) => frame(page, INTRODUCTION.id);
const sum = (page: Page) => widget(page).getByTestId('products-sum');
/** kernel weight `i`, counted from 0 */
const tap = (page: Page, i: number) => widget(page).getByLabel(`Kernel weight ${i + 1}`, { exact: true });
const position = (page: Page) => widget(page).getByRole('slider', { name: 'Window position' });
const signal = (page: Page) => widget(page).getByLabel('Signal', { exact: true });

test.describe('the 1-D convolution widget', () => {
  test('steps the window with the keyboard and with the mouse', async ({ page }) => {
    await openWidget(page, INTRODUCTION);
    await expect(sum(page)).toHaveText(/^y\[10\] = /);
    await position(page).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(sum(page)).toHaveText(/^y\[12\] = /);
    await page.keyboard.press('Home');
    await expect(sum(page)).toHaveText(/^y\[0\] = /);
    // a click near the right end of the plot moves the window there
    const box = (await widget(page).locator('.plot-hit').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.98, box.y + box.height / 2);
    await expect(sum(page)).toHaveText(/^y\[4[5-7]\] = /);
    // the play button steps on its own
    await position(page).fill('0');
    await widget(page).getByRole('button', { name: 'Play' }).click();
    await expect(sum(page)).toHaveText(/^y\[[3-9]\]/);
  });

  test('shows TF.js’s output, and it agrees with the products shown', async ({ page }) => {
    await openWidget(page, INTRODUCTION, '?conv1d.signal=step&conv1d.kernel=-1,0,1&conv1d.position=24');
    // at the step's edge the difference kernel gives 0·(−1) + 1·0 + 1·1 = 1
    await expect(sum(page)).toHaveText(/= 1$/);
    await expect(widget(page).locator('.backend-badge')).toHaveAttribute(
      'data-backend',
      /wasm|webgl|webgpu|cpu/,
    );
  });

  test('rejects a bad kernel value with a message and keeps the last good state', async ({ page }) => {
    await openWidget(page, INTRODUCTION, '?conv1d.kernel=1,2,1');
    const before = await sum(page).textContent();
    for (const bad of ['', 'abc', '1e309', 'NaN', '--1']) {
      await tap(page, 1).fill(bad);
      await expect(widget(page).getByRole('alert')).toHaveText(/2/);
      await expect(tap(page, 1)).toHaveAttribute('aria-invalid', 'true');
      await expect(sum(page)).toHaveText(before!);
    }
    await page.waitForTimeout(400);
    expect(await urlParam(page, 'conv1d.kernel')).toBe('1,2,1');
    await tap(page, 1).fill('3');
    await expect.poll(() => urlParam(page, 'conv1d.kernel')).toBe('1,3,1');
    await expect(sum(page)).not.toHaveText(before!);
  });

  test('falls back to defaults for a mangled link', async ({ page }) => {
    await openWidget(page, INTRODUCTION, '?conv1d.kernel=1,x,1&conv1d.signal=bogus&conv1d.position=-4');
    await expect(tap(page, 0)).toHaveValue('0.25');
    await expect(signal(page)).toHaveValue('sine');
    await expect(sum(page)).toHaveText(/^y\[10\]/);
  });

  test.describe('with the clipboard', () => {
    useClipboard();

    test('copies a link that restores its state', async ({ page }) => {
      await openWidget(page, INTRODUCTION);
      await signal(page).selectOption('pulse');
      await tap(page, 0).fill('-2');
      await position(page).fill('30');
      const { other } = await reopenCopiedLink(page, INTRODUCTION.id);
      await expect(signal(other)).toHaveValue('pulse');
      await expect(tap(other, 0)).toHaveValue('-2');
      await expect(sum(other)).toHaveText(/^y\[30\]/);
    });
  });

  test('learns the kernel in a worker while the page stays responsive', async ({ page }) => {
    await openWidget(page, INTRODUCTION, '?conv1d.kernel=-1,0,1&conv1d.signal=sine');
    await widget(page).getByRole('button', { name: 'Let TensorFlow.js learn this kernel' }).click();
    // the page keeps answering while the worker trains
    await position(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(sum(page)).toHaveText(/^y\[11\]/);
    const status = widget(page).locator('.learn-status');
    await expect(status).toHaveText(/\[.*\]$/, { timeout: 45_000 });
    const learned = (await status.textContent())!
      .match(/\[(.*)\]/)![1]!
      .split(',')
      .map((s) => Number(s.replace('−', '-')));
    expect(learned[0]).toBeCloseTo(-1, 1);
    expect(learned[1]).toBeCloseTo(0, 1);
    expect(learned[2]).toBeCloseTo(1, 1);
    await expect(widget(page).locator('.learn-kernel svg path.series-loss')).toHaveCount(1);
  });
});
