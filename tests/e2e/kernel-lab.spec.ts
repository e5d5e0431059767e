import type * as tf from '@tensorflow/tfjs-core';
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

const LAB = galleryWidget('convolution', 'kernel-lab', 'default');
const widget = (page: Page) => frame(page, LAB.id);
/** weight `i` of the kernel being edited, row by row from 0 */
const weight = (page: Page, i: number) =>
  widget(page)
    .getByRole('textbox', { name: /^Kernel \d, row/ })
    .nth(i);
const maps = (page: Page) => widget(page).locator('.lab-card:not(.lab-input) canvas');
const inputPhoto = (page: Page) => widget(page).locator('.lab-input canvas');
const alert = (page: Page) => widget(page).getByRole('alert');
const scale = (page: Page, n: number) =>
  widget(page).locator('.lab-card:not(.lab-input) .colour-scale').nth(n);
/** the limit of a map's colour scale, read from its ends (marked ≤ and ≥ when clipped) */
const scaleEnd = async (page: Page, n: number) =>
  Number((await scale(page, n).textContent())?.match(/^(?:≤ )?−(\d[\d.]*)(?:≥ )?\1$/)?.[1]);
const clip = (page: Page, n: number) => widget(page).locator('.lab-clip').nth(n);
const SELECTS = { photo: 'Photo', size: 'Kernel size', contrast: 'Contrast', preset: 'Preset' };
const select = (page: Page, which: keyof typeof SELECTS) =>
  widget(page).getByLabel(SELECTS[which], { exact: true });
const kernelButton = (page: Page, n: number) =>
  widget(page).getByRole('button', { name: new RegExp(`^Kernel ${n} ·`) });
const own = (page: Page, key: string) => urlParam(page, `${LAB.id}.${key}`);
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

test.describe('the kernel lab', () => {
  test('repaints a map when a preset is chosen and when a weight is typed, and only that map', async ({
    page,
  }) => {
    await openWidget(page, LAB);
    await expect(widget(page).locator('.backend-badge')).toHaveAttribute('data-backend', /wasm|webgl|cpu/);
    const [first, second] = [await painted(page, 0), await painted(page, 1)];
    expect(first).not.toBe(second);
    // a preset, chosen with the keyboard: the one after Sobel, the Laplacian, which kernel 2 is too
    await select(page, 'preset').focus();
    await page.keyboard.press('ArrowDown');
    await repainted(page, 0, first);
    await expect.poll(() => painted(page, 0)).toBe(second);
    await expect(maps(page).nth(0)).toHaveAttribute('aria-label', /\(Laplacian\)/);
    // a weight, typed
    await weight(page, 4).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('-8');
    await repainted(page, 0, second);
    expect(await painted(page, 1)).toBe(second);
    await expect.poll(() => own(page, 'k1')).toBe('0,1,0,1,-8,1,0,1,0');
    // the map's range, in text, and its colour scale stretched: its ends marked, and the clipping said
    await expect(maps(page).nth(0)).toHaveAttribute('aria-label', /−\d.*\d/);
    await expect(scale(page, 0)).toHaveText(/^≤ −(\d[\d.]*)≥ \1$/);
    await expect(clip(page, 0)).toHaveText(/^(0\.\d+|1)% .*±\d/);
  });

  test('refuses bad weights with a message and keeps the last kernel and map', async ({ page }) => {
    await openWidget(page, LAB);
    const before = await painted(page, 0);
    for (const bad of ['', 'abc', '1e309', 'NaN']) {
      await weight(page, 3).fill(bad);
      await expect(alert(page)).toHaveText(/-2/);
      await expect(weight(page, 3)).toHaveAttribute('aria-invalid', 'true');
    }
    await page.waitForTimeout(400);
    expect(await painted(page, 0)).toBe(before);
    expect(await own(page, 'k1')).toBeNull();
    await weight(page, 3).fill('-3');
    await repainted(page, 0, before);
    await expect.poll(() => own(page, 'k1')).toBe('-1,0,1,-3,0,2,-1,0,1');
    await expect(alert(page)).toHaveCount(0);
  });

  test('refuses a broken or non-image file with a message and keeps the photo', async ({ page }) => {
    await openWidget(page, LAB);
    const photo = (await inputPhoto(page).getAttribute('aria-label'))!;
    const before = await painted(page, 0);
    const picker = widget(page).locator('input[type="file"]');
    await picker.setInputFiles(file('cat.png', 'image/png', Buffer.from('not a png at all')));
    await expect(alert(page)).toHaveText(/cat\.png/);
    await picker.setInputFiles(file('notes.txt', 'text/plain', Buffer.from('hello')));
    await expect(alert(page)).toHaveText(/notes\.txt.*text\/plain/);
    await expect(inputPhoto(page)).toHaveAttribute('aria-label', photo);
    expect(await painted(page, 0)).toBe(before);
    // a real image, wider than 512 px, is scaled down and used
    const png = await page.evaluate(() => {
      const canvas = Object.assign(document.createElement('canvas'), { width: 1024, height: 300 });
      canvas.getContext('2d')!.fillRect(300, 50, 400, 200);
      return canvas.toDataURL('image/png').split(',')[1]!;
    });
    await picker.setInputFiles(file('box.png', 'image/png', Buffer.from(png, 'base64')));
    await expect(inputPhoto(page)).toHaveAttribute('aria-label', /512 × 150/);
    await repainted(page, 0, before);
    await expect(alert(page)).toHaveCount(0);
    await expect(select(page, 'photo')).toHaveValue('own');
  });

  test('frees every tensor it made after 500 quick kernel edits, a new size and a new photo', async ({
    page,
  }) => {
    await openWidget(page, LAB);
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
    }, LAB.id);
    await expect.poll(() => own(page, 'k1')).toBe('-1,0,1,-2,-1,2,-1,0,1');
    // a 3 × 3 kernel padded to 5 × 5 paints the same map: count the paints instead
    const paints = () => page.evaluate(() => performance.getEntriesByName('dl:kernel-lab').length);
    const before = await paints();
    await select(page, 'size').selectOption('5');
    await expect.poll(paints).toBeGreaterThan(before);
    await expect(widget(page).getByRole('textbox', { name: /^Kernel \d, row/ })).toHaveCount(25);
    await select(page, 'photo').selectOption('camera');
    await expect(inputPhoto(page)).toHaveAttribute('aria-label', /512 × 512/);
    await select(page, 'size').selectOption('3');
    await select(page, 'photo').selectOption('chelsea');
    await expect(inputPhoto(page)).toHaveAttribute('aria-label', /451 × 300/);
    await page.waitForTimeout(300);
    await expect.poll(() => tensors(page)).toBe(baseline);
  });

  test.describe('with the clipboard', () => {
    useClipboard();

    test('stretches the colour scales by default, shows the full range when asked, and keeps it in a link', async ({
      page,
    }) => {
      await openWidget(page, LAB);
      const stretched = [await painted(page, 0), await painted(page, 1)];
      const sobel = await scaleEnd(page, 0);
      await expect(scale(page, 0)).toHaveText(/^≤ −(\d[\d.]*)≥ \1$/);
      await expect(clip(page, 0)).toHaveText(new RegExp(`^(0\\.\\d+|1)% .*±${sobel}`));
      await select(page, 'contrast').selectOption('full');
      await repainted(page, 0, stretched[0]!);
      await repainted(page, 1, stretched[1]!);
      await expect(scale(page, 0)).toHaveText(/^−(\d[\d.]*)\1$/);
      expect(await scaleEnd(page, 0)).toBeGreaterThan(2 * sobel);
      await expect(clip(page, 1)).toHaveText(/nothing is clipped/);
      await expect.poll(() => own(page, 'contrast')).toBe('full');
      const full = await painted(page, 0);
      const { other } = await reopenCopiedLink(page, LAB.id);
      await expect(select(other, 'contrast')).toHaveValue('full');
      expect(await painted(other, 0)).toBe(full);
      // back to stretched: the same pixels as at first, repainted from the map already computed
      await select(other, 'contrast').selectOption('stretch');
      await expect.poll(() => painted(other, 0)).toBe(stretched[0]);
      expect(await painted(other, 1)).toBe(stretched[1]);
    });

    test('copies a link that restores its state', async ({ page }) => {
      await openWidget(page, LAB);
      await select(page, 'photo').selectOption('brick');
      await select(page, 'size').selectOption('5');
      await widget(page).getByRole('button', { name: 'Add a kernel' }).click();
      await kernelButton(page, 2).click();
      await weight(page, 12).fill('-7');
      await expect.poll(() => own(page, 'k2')).toMatch(/,-7,/);
      const map = await painted(page, 1);
      const { other } = await reopenCopiedLink(page, LAB.id);
      await expect(select(other, 'photo')).toHaveValue('brick');
      await expect(select(other, 'size')).toHaveValue('5');
      await expect(maps(other)).toHaveCount(3);
      await expect(kernelButton(other, 2)).toHaveAttribute('aria-pressed', 'true');
      await expect(weight(other, 12)).toHaveValue('-7');
      expect(await painted(other, 1)).toBe(map);
    });
  });
});
