import type { Page } from '@playwright/test';
import {
  expect,
  frame,
  galleryWidget,
  openWidget,
  reopenCopiedLink,
  test,
  urlParam,
  useClipboard,
} from './fixtures';

const STEPPER = galleryWidget('convolution', 'conv-stepper', 'default');
const widget = (page: Page, id = STEPPER.id) => frame(page, id);
const position = (page: Page, id = STEPPER.id) =>
  widget(page, id).getByRole('slider', { name: 'Window position' });
/** kernel weight `i` of 9, row by row from 0 */
const weight = (page: Page, i: number, id = STEPPER.id) =>
  widget(page, id).getByLabel(`Kernel weight, row ${Math.floor(i / 3) + 1}, column ${(i % 3) + 1}`);
const image = (page: Page) => widget(page).getByRole('group', { name: /^Image: / });
const featureMap = (page: Page, id = STEPPER.id) =>
  widget(page, id).getByRole('group', { name: /^Feature map/ });
const preset = (page: Page, name: string) =>
  widget(page).getByRole('group', { name: 'Kernel presets' }).getByRole('button', { name });
const alert = (page: Page) => widget(page).getByRole('alert');
const stepSum = (page: Page, id = STEPPER.id) => widget(page, id).getByTestId('stepper-sum');
const asNumber = (text: string | null) => Number((text ?? '').trim().replace('−', '-'));
/** the sum written out under the products, and the value TF.js put in the feature map's current cell */
async function sumAndMap(page: Page, id = STEPPER.id): Promise<[number, number]> {
  const sum = (await stepSum(page, id).textContent())!.split('=').at(-1)!;
  const cell = await featureMap(page, id).locator('td.in-box').textContent();
  return [asNumber(sum), asNumber(cell)];
}

test.describe('the convolution stepper', () => {
  test('steps with the arrow keys only while one of its grids has focus', async ({ page }) => {
    await openWidget(page, STEPPER);
    await expect(position(page)).toHaveValue('0');
    await image(page).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect(position(page)).toHaveValue('10');
    await expect(widget(page).locator('.stepper-status')).toHaveText(/^Step 11 of 64/);
    // the feature map is filled up to the current position and no further
    await expect(featureMap(page).locator('tbody td:not(:has(span[aria-hidden]))')).toHaveCount(11);
    await featureMap(page).focus();
    await page.keyboard.press('End');
    await expect(position(page)).toHaveValue('63');
    await page.keyboard.press('ArrowUp');
    await expect(position(page)).toHaveValue('55');
    // with the focus elsewhere the arrows scroll the page, as usual
    await widget(page).locator('.stepper-keys').click();
    await page.keyboard.press('ArrowLeft');
    await expect(position(page)).toHaveValue('55');
  });

  test('moves the window to a feature-map cell that is clicked', async ({ page }) => {
    await openWidget(page, STEPPER);
    await featureMap(page)
      .getByRole('button', { name: /Move the window to row 5, column 3$/ })
      .click();
    await expect(position(page)).toHaveValue(String(4 * 8 + 2));
    // the window on the image: nine cells, the top-left one at row 5, column 3
    await expect(image(page).locator('td.in-box')).toHaveCount(9);
    const [sum, cell] = await sumAndMap(page);
    expect(sum).toBe(cell);
    // the arrow keys go on from the clicked cell
    await page.keyboard.press('ArrowRight');
    await expect(position(page)).toHaveValue(String(4 * 8 + 3));
  });

  test('shows at every step a written-out sum equal to TF.js’s feature-map value', async ({ page }) => {
    // the gallery's third state: the horizontal-edge kernel with the whole map filled
    const full = galleryWidget('convolution', 'conv-stepper', 'full');
    await openWidget(page, full);
    await expect(widget(page, full.id).locator('.backend-badge')).toHaveAttribute(
      'data-backend',
      /wasm|webgl|webgpu|cpu/,
    );
    await featureMap(page, full.id).focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 64; i++) {
      const [sum, cell] = await sumAndMap(page, full.id);
      expect(Math.abs(sum - cell), `position ${i}`).toBeLessThan(0.0051);
      await page.keyboard.press('ArrowRight');
    }
  });

  test('rejects a bad kernel value with a message and keeps the last good state', async ({ page }) => {
    await openWidget(page, STEPPER, `?${STEPPER.id}.position=27`);
    const before = (await stepSum(page).textContent())!;
    for (const bad of ['abc', '', '1e309']) {
      await weight(page, 4).fill(bad);
      await expect(alert(page)).toHaveText(/0/);
      await expect(weight(page, 4)).toHaveAttribute('aria-invalid', 'true');
      await expect(stepSum(page)).toHaveText(before);
    }
    await page.waitForTimeout(400);
    // the kernel is still the default, which the link leaves out
    expect(await urlParam(page, `${STEPPER.id}.kernel`)).toBeNull();
    await weight(page, 4).fill('2');
    await expect.poll(() => urlParam(page, `${STEPPER.id}.kernel`)).toBe('-1,0,1,-1,2,1,-1,0,1');
    await expect(stepSum(page)).not.toHaveText(before);
    const [sum, cell] = await sumAndMap(page);
    expect(sum).toBe(cell);
    // a bad entry and its message stay when the field loses the focus: were the message to vanish
    // on blur, the preset buttons below would move up between mousedown and mouseup, and the click
    // would be lost
    await weight(page, 4).fill('abc');
    const box = preset(page, 'box blur');
    await expect(box).toHaveAttribute('aria-pressed', 'false');
    await box.click();
    await expect(box).toHaveAttribute('aria-pressed', 'true');
    // the preset changed the weight from outside: the field shows it and the message is gone
    await expect(weight(page, 4)).not.toHaveAttribute('aria-invalid');
    await expect(alert(page)).toHaveCount(0);
  });

  test.describe('with the clipboard', () => {
    useClipboard();

    test('copies a link that restores its state', async ({ page }) => {
      await openWidget(page, STEPPER);
      await preset(page, 'sharpen').click();
      await weight(page, 0).fill('0.5');
      await position(page).fill('40');
      const sum = (await stepSum(page).textContent())!;
      const { other } = await reopenCopiedLink(page, STEPPER.id);
      await expect(weight(other, 0)).toHaveValue('0.5');
      await expect(weight(other, 4)).toHaveValue('5');
      await expect(position(other)).toHaveValue('40');
      await expect(stepSum(other)).toHaveText(sum);
    });
  });

  test('says so in the figure when the photo cannot be loaded', async ({ page, watch }) => {
    watch.allow(/Failed to load resource|chelsea/);
    await page.route('**/images/chelsea.png', (route) => route.abort());
    await page.goto(STEPPER.url);
    await widget(page).scrollIntoViewIfNeeded();
    await expect(widget(page).locator('.stepper-failed')).toHaveText(/could not be loaded/);
  });
});
