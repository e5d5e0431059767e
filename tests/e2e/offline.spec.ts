import { expect, startAllWidgets, test } from './fixtures';

// the one spec whose pages may run the service worker
test.use({ serviceWorkers: 'allow' });

test.describe('offline reading', () => {
  test('reopens a page read before, with its working figure, without a network', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('en/introduction/');
    await startAllWidgets(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      // the worker keeps what the page loaded before it took over; give it a moment to fetch those
      await new Promise((resolve) => setTimeout(resolve, 1000));
    });
    await context.setOffline(true);
    await page.goto('en/introduction/?conv1d.signal=step&conv1d.kernel=-1,0,1&conv1d.position=24');
    await expect(page.locator('h1')).toHaveText('How to read this book');
    await startAllWidgets(page);
    await expect(page.locator('#widget-conv1d').getByTestId('products-sum')).toHaveText(/= 1$/);
  });
});
