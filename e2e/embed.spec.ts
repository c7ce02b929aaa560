/**
 * Embeds for slides: `#/embed/<id>` shows the lab alone and runs inside an iframe; a lab that
 * needs shared memory, framed by a page that is not cross-origin isolated, says so and offers its
 * own window. In presenter mode, "Link to this demo" comes with a QR code of the link.
 */
import { expect, test } from './fixtures.ts';

test('an embed shows the lab alone and runs inside an iframe of an isolated page', async ({ page }) => {
  await page.goto('./#/labs');
  await page.evaluate(() => {
    const frame = Object.assign(document.createElement('iframe'), { src: './#/embed/speedup?kernel=integrate&n=500&workers=1,2&repeats=1&autorun=1', title: 'embedded lab' });
    frame.style.cssText = 'width:800px;height:700px';
    document.body.prepend(frame);
  });
  const frame = page.frameLocator('iframe[title="embedded lab"]');
  await expect(frame.getByTestId('lab-status')).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.locator('#sidebar')).toHaveCount(0);
  await expect(frame.getByRole('link', { name: /Speedup lab · Parallel Lab/ })).toHaveAttribute('target', '_blank');
});

test('a shared-memory lab framed by a page without isolation offers its own window', async ({ page, baseURL }) => {
  const slides = new URL('slides-test.html', baseURL).toString();
  await page.route(slides, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>slides</title><iframe title="embedded lab" style="width:800px;height:600px" src="./#/embed/shared-sums"></iframe>',
    }),
  );
  await page.goto(slides);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  const frame = page.frameLocator('iframe[title="embedded lab"]');
  const notice = frame.getByTestId('embed-isolation');
  await expect(notice).toContainText('not cross-origin isolated');
  await expect(notice.getByRole('link', { name: 'Open in its own window' })).toHaveAttribute('href', /#\/lab\/shared-sums/);
});

test('presenter mode shows a QR code of the demo link', async ({ page }) => {
  await page.goto('./#/lab/speedup?kernel=integrate&n=500&workers=1,2&repeats=1');
  // The shortcut works once the page is there (the app renders after its code loads).
  await expect(page.getByRole('heading', { level: 1, name: 'Speedup lab' })).toBeVisible();
  await expect(page.getByTestId('lab-qr')).toHaveCount(0);
  await page.keyboard.press('p');
  const qr = page.getByTestId('lab-qr');
  await expect(qr).toBeVisible();
  await expect(qr.getByRole('img')).toHaveAttribute('alt', /#\/lab\/speedup\?kernel=integrate&impl=js&n=500&workers=1,2&repeats=1&autorun=1$/);
  await page.keyboard.press('p');
});
