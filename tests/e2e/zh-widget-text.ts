import type { Page } from '@playwright/test';
import { expect, frame, galleryExercise, galleryWidget } from './fixtures';

/**
 * What the Chinese smoke test checks in the widgets' own text once a page's widgets have started: the
 * strings the behaviour specs (run in English) read, in their Chinese form.
 */
export const ZH_WIDGET_TEXT: Record<string, (page: Page) => Promise<void>> = {
  'zh/introduction/': async (page) => {
    await expect(frame(page, 'conv1d').getByRole('button', { name: '播放' })).toBeVisible();
  },
  'zh/gallery/convolution/': async (page) => {
    const geometry = (preset: string) =>
      frame(page, galleryWidget('convolution', 'conv-geometry', preset, 'zh').id);
    await expect(geometry('default').getByRole('slider', { name: /步幅/ })).toHaveAttribute(
      'aria-valuetext',
      '步幅 2',
    );
    await expect(geometry('uncovered').getByRole('status').filter({ hasText: /5/ })).toHaveText(
      /第 5 行和列/,
    );
    const stepper = frame(page, galleryWidget('convolution', 'conv-stepper', 'default', 'zh').id);
    await expect(stepper.locator('.stepper-status')).toHaveText(/^第 1 步/);
    const channels = frame(page, galleryWidget('convolution', 'channels', 'default', 'zh').id);
    await expect(channels.getByRole('button', { name: '只看红色' })).toBeVisible();
    await expect(channels.locator('.channels-channel-sum').first()).toHaveText(/^和为 /);
  },
  'zh/gallery/exercises/': async (page) => {
    const size = page.locator(galleryExercise('size', 'zh').selector);
    await expect(size.getByRole('button', { name: '检查' })).toBeVisible();
  },
};
