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
  'zh/gallery/': async (page) => {
    const geometry = (i: number) => frame(page, galleryWidget('convgeometrydemo', i, 'zh').id);
    await expect(geometry(0).getByRole('slider', { name: /步幅/ })).toHaveAttribute(
      'aria-valuetext',
      '步幅 2',
    );
    await expect(geometry(1).getByRole('status').filter({ hasText: /5/ })).toHaveText(/第 5 行和列/);
    const stepper = frame(page, galleryWidget('convstepperdemo', 0, 'zh').id);
    await expect(stepper.locator('.stepper-status')).toHaveText(/^第 1 步/);
    const channels = frame(page, galleryWidget('channelsdemo', 0, 'zh').id);
    await expect(channels.getByRole('button', { name: '只看红色' })).toBeVisible();
    await expect(channels.locator('.channels-channel-sum').first()).toHaveText(/^和为 /);
    const size = page.locator(galleryExercise('size', 'zh').selector);
    await expect(size.getByRole('button', { name: '检查' })).toBeVisible();
  },
};
