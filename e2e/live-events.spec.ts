// An event made by one user appears on another user's open page, without reload:
// a resident files a request; the dispatcher's open queue and the contractor's board update live.
import { expect, test } from '@playwright/test';
import { demo, userPage } from './support.ts';

for (const locale of ['ru', 'fa'] as const) {
  test(`a filed request appears live in the dispatcher's queue, then on the contractor's board (${locale})`, async ({
    browser,
  }) => {
    const dispatcher = await userPage(browser, demo.dispatcher, 'shell-dispatcher', locale);
    const contractor = await userPage(browser, demo.contractor, 'shell-contractor', locale);
    const admin = await userPage(browser, demo.admin, 'shell-admin', locale);
    const resident = await userPage(browser, demo.resident, 'shell-resident', locale);
    await expect(dispatcher.locator('html')).toHaveAttribute('dir', locale === 'fa' ? 'rtl' : 'ltr');
    const queueBefore = await dispatcher.getByTestId('queue-row').count();
    const openCounter = admin.getByTestId('counter-open');
    await expect(openCounter).toHaveAttribute('data-value', /\d+/);
    const openBefore = Number(await openCounter.getAttribute('data-value'));
    let dispatcherReloaded = false;
    dispatcher.on('load', () => (dispatcherReloaded = true));

    await resident.goto('/resident/new');
    const form = resident.getByTestId('new-request-form');
    const category = form.locator('select').first();
    await category.selectOption({ index: 1 });
    await form.locator('textarea').first().fill('В подъезде не закрывается входная дверь, доводчик сломан');
    await form.locator('input[type="tel"]').fill('+7 917 555 12 34');
    await form.locator('button[type="submit"]').click();
    await expect(resident).toHaveURL(/\/resident\/requests\//);
    await expect(resident.getByTestId('request-detail')).toBeVisible();
    const number = (await resident.getByTestId('request-detail').innerText()).match(/KZN-\d{4}-\d{6}/)?.[0];
    expect(number).toBeTruthy();
    if (locale === 'fa') {
      // Dates in the Persian (Solar Hijri) calendar with Persian digits: 2026 is 1405 there.
      await expect(resident.getByTestId('request-facts')).toContainText(/۱۴۰[۵۶]/);
    }

    const row = dispatcher.getByTestId('queue-row').filter({ hasText: number! });
    await expect(row).toBeVisible();
    expect(await dispatcher.getByTestId('queue-row').count()).toBe(queueBefore + 1);
    expect(dispatcherReloaded).toBe(false);
    // The administrator's open-requests counter moved by one on its own.
    await expect(openCounter).toHaveAttribute('data-value', String(openBefore + 1));

    // The dispatcher assigns it; the contractor's open board shows the new work order live.
    await row.click();
    const assign = dispatcher.getByTestId('assign-form');
    await assign.locator('select').first().selectOption({ index: 1 });
    await assign.locator('button[type="submit"]').click();
    await expect(contractor.getByTestId('work-order-row').filter({ hasText: number! })).toBeVisible();
    // And the resident's page shows the new status without reload.
    await expect(resident.getByTestId('status-badge').first()).not.toHaveText('');
  });
}
