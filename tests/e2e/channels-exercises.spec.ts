import type { Page } from '@playwright/test';
import {
  axeViolations,
  expect,
  frame,
  galleryExercise,
  hydrated,
  galleryWidget,
  openWidget,
  test,
  urlParam,
} from './fixtures';

const CHANNELS = galleryWidget('convolution', 'channels', 'default');
const widget = (page: Page) => frame(page, CHANNELS.id);
const params = (page: Page) => widget(page).getByTestId('channels-params');
const number = (text: string) => Number(text.replace(/\u2212/g, '-'));
/** the plain arithmetic's total and TF.js's value for the same place of map 1 */
async function totals(page: Page): Promise<[number, number]> {
  const total = (await widget(page).getByTestId('channels-total').textContent())!.split('=').at(-1)!;
  const tf = await widget(page).getByTestId('channels-tf').getAttribute('data-value');
  return [number(total.trim()), Number(tf)];
}
const agree = async (page: Page) => Math.abs((await totals(page)).reduce((a, b) => a - b)) < 0.002;

test.describe('channels on the gallery', () => {
  test('changes the number of kernels by keyboard, and the parameter count with it', async ({ page }) => {
    await openWidget(page, CHANNELS);
    await expect(params(page)).toContainText('= 3·3·3·4 + 4 = 112');
    await widget(page).getByRole('slider', { name: 'Number of kernels C_out' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(params(page)).toContainText('= 3·3·3·5 + 5 = 140');
    await page.keyboard.press('End');
    await expect(params(page)).toContainText('= 3·3·3·8 + 8 = 224');
    await expect(widget(page).locator('.channels-map')).toHaveCount(8);
    await expect.poll(() => urlParam(page, `${CHANNELS.id}.kernels`)).toBe('8');
    // a grey input has one channel: C_in = 1
    await widget(page).getByLabel('Input channels C_in').selectOption('grey');
    await expect(params(page)).toContainText('= 3·3·1·8 + 8 = 80');
  });

  test('takes apart the map value the reader clicks, and it matches TF.js', async ({ page }) => {
    await openWidget(page, CHANNELS);
    await widget(page).locator('.channels-products .matrix-grid button').nth(14).click();
    await expect(widget(page).getByTestId('channels-total')).toHaveText(/^y₁\[4, 3\] = /);
    await expect.poll(() => agree(page)).toBe(true);
    // a preset by keyboard: Tab reaches it, Enter presses it
    await widget(page).getByRole('button', { name: 'red only' }).focus();
    await page.keyboard.press('Enter');
    await expect(widget(page).locator('.channels-channel-sum')).toHaveText([/./, 'sum 0', 'sum 0']);
    await expect.poll(() => agree(page)).toBe(true);
    expect(await axeViolations(page, `#widget-${CHANNELS.id}`)).toEqual([]);
  });
});

test.describe('exercises on the gallery', () => {
  test('checks exercises: a wrong answer, then a right one, by keyboard and mouse', async ({ page }) => {
    const sizeExercise = galleryExercise('size');
    await page.goto(sizeExercise.url);
    const size = page.locator(sizeExercise.selector);
    await hydrated(size);
    const field = size.getByRole('textbox');
    await field.fill('28');
    await field.press('Enter');
    await expect(size.getByRole('status')).toHaveText(/^Not quite.*36/);
    await size.getByRole('button', { name: 'Show the answer' }).click();
    await expect(size.getByRole('status')).toContainText('⌊(32 + 2·2 − 5) / 1⌋ + 1 = 32');
    await field.fill('32');
    await size.getByRole('button', { name: 'Check' }).click();
    await expect(size.getByRole('status')).toHaveText(/^Right\./);
    // the kernel choice by keyboard: arrows move between the radio buttons, Tab reaches Check
    const kernel = page.locator(galleryExercise('kernel').selector);
    await hydrated(kernel);
    await kernel.getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(kernel.getByRole('radio', { name: 'Kernel C' })).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(kernel.getByRole('status')).toHaveText(/^Right\./);
    expect(await axeViolations(page, '.exercise')).toEqual([]);
  });
});
