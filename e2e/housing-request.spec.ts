// The whole repair request in four browser contexts — resident, management dispatcher, contractor —
// with a rework loop and a resident's rejection, each screen updating live without reload.
// Runs once in Russian and once in Persian.
import { expect, test, type Page } from '@playwright/test';
import { pngPhoto, signedOrderPdf } from './files.ts';
import { demo, openAction, userPage } from './support.ts';

test.describe.configure({ timeout: 240_000 });

/** Fails the test if the page reloads: every update must arrive live. */
function forbidReload(page: Page) {
  let loads = 0;
  page.on('load', () => (loads += 1));
  return () => expect(loads, 'the page reloaded').toBe(0);
}

async function waitForStatus(page: Page, status: string) {
  await expect(page.locator(`[data-testid="status-badge"][data-status="${status}"]`).first()).toBeVisible();
}

async function completeWork(contractor: Page, comment: string) {
  await contractor.getByTestId('start-work').click();
  const form = contractor.getByTestId('work-done-form');
  await expect(form).toBeVisible();
  await form.getByTestId('scan-upload').locator('input[type="file"]').setInputFiles(signedOrderPdf);
  await expect(
    form.getByTestId('scan-upload').locator('[data-testid="upload-item"][data-status="done"]'),
  ).toHaveCount(1);
  await form.locator('textarea').first().fill(comment);
  await form.locator('button[type="submit"]').click();
}

for (const locale of ['ru', 'fa'] as const) {
  test(`a repair request from filing to the resident's confirmation, live (${locale})`, async ({
    browser,
  }) => {
    const resident = await userPage(browser, demo.resident, 'shell-resident', locale);
    const dispatcher = await userPage(browser, demo.dispatcher, 'shell-dispatcher', locale);
    const contractor = await userPage(browser, demo.contractor, 'shell-contractor', locale);

    // 1. The resident files a request with a photo.
    await resident.goto('/resident/new');
    const form = resident.getByTestId('new-request-form');
    await form.locator('select').first().selectOption({ index: 1 });
    await form.locator('textarea').first().fill('Протекает крыша над кухней после каждого дождя');
    await form.locator('input[type="tel"]').fill('+7 917 555 12 34');
    await form.getByTestId('photos-upload').locator('input[type="file"]').setInputFiles(pngPhoto);
    await expect(form.locator('[data-testid="upload-item"][data-status="done"]')).toHaveCount(1);
    await form.locator('button[type="submit"]').click();
    await expect(resident).toHaveURL(/\/resident\/requests\//);
    const number = (await resident.getByTestId('request-detail').innerText()).match(/KZN-\d{4}-\d{6}/)![0];
    const residentStayed = forbidReload(resident);
    const dispatcherStayed = forbidReload(dispatcher);
    const contractorStayed = forbidReload(contractor);

    // 2. It appears in the dispatcher's queue; the dispatcher assigns the contractor.
    await dispatcher.getByTestId('queue-row').filter({ hasText: number }).click();
    await openAction(dispatcher, 'action-assign');
    const assign = dispatcher.getByTestId('assign-form');
    await assign.locator('select').first().selectOption({ index: 1 });
    await assign.locator('button[type="submit"]').click();
    await waitForStatus(resident, 'ASSIGNED');

    // 3. The contractor sees the work order live, starts and reports the work done.
    await contractor
      .getByTestId('work-order-row')
      .filter({ hasText: number })
      .getByTestId('work-order-link')
      .click();
    await completeWork(contractor, 'Загерметизирован стык кровли');
    await waitForStatus(resident, 'WORK_DONE');

    // 4. The dispatcher sees the signed scan and returns the work for rework.
    await expect(dispatcher.getByTestId('signed-scan')).toBeVisible();
    await openAction(dispatcher, 'action-return');
    await dispatcher.getByTestId('return-form').locator('textarea').fill('Пятно на потолке осталось');
    await dispatcher.getByTestId('return-form').locator('button[type="submit"]').click();
    await expect(contractor.getByTestId('start-work')).toBeVisible();

    // 5. Rework, then the dispatcher verifies.
    await completeWork(contractor, 'Повторно проклеен шов');
    await openAction(dispatcher, 'action-verify');
    await dispatcher.getByTestId('verify-form').locator('button[type="submit"]').click();

    // 6. The resident rejects the result with a reason: the request is reopened for the dispatcher.
    await openAction(resident, 'reject-work');
    const reject = resident.getByTestId('reject-form');
    await reject.locator('input[type="radio"][value="POOR_QUALITY"]').check();
    await reject.locator('textarea').fill('Всё ещё капает');
    await reject.locator('button[type="submit"]').click();
    await waitForStatus(dispatcher, 'REOPENED');

    // 7. Assigned again, done, verified — and the resident confirms and rates it.
    await openAction(dispatcher, 'action-assign');
    await dispatcher.getByTestId('assign-form').locator('select').first().selectOption({ index: 1 });
    await dispatcher.getByTestId('assign-form').locator('button[type="submit"]').click();
    await expect(contractor.getByTestId('start-work')).toBeVisible();
    await completeWork(contractor, 'Заменён участок кровли');
    await openAction(dispatcher, 'action-verify');
    await dispatcher.getByTestId('verify-form').locator('button[type="submit"]').click();
    await resident.getByTestId('confirm-work').click();
    await resident.getByTestId('confirm-form').locator('button[type="submit"]').click();
    await waitForStatus(resident, 'CLOSED');
    await waitForStatus(dispatcher, 'CLOSED');
    const rating = resident.getByTestId('rating-form');
    await rating.locator('input[type="radio"][value="5"]').check({ force: true });
    await rating.locator('button[type="submit"]').click();
    await expect(resident.getByTestId('rating-given')).toBeVisible();

    // The resident's timeline tells the whole story, in order.
    const steps = await resident
      .getByTestId('timeline-event')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-type')));
    expect(steps).toEqual([
      'FILED',
      'ROUTED',
      'ASSIGNED',
      'STARTED',
      'WORK_DONE',
      'RETURNED',
      'STARTED',
      'WORK_DONE',
      'VERIFIED',
      'REOPENED',
      'ASSIGNED',
      'STARTED',
      'WORK_DONE',
      'VERIFIED',
      'CONFIRMED',
      'RATED',
    ]);
    if (locale === 'fa') await expect(resident.locator('html')).toHaveAttribute('dir', 'rtl');
    residentStayed();
    dispatcherStayed();
    contractorStayed();

    // The work order's QR code points at /requests/<id>: each role lands on its own view of it.
    const requestId = resident.url().split('/').pop()!;
    await contractor.goto(`/requests/${requestId}`);
    await expect(contractor).toHaveURL(new RegExp(`/contractor/requests/${requestId}$`));
    await expect(contractor.getByTestId('contractor-request')).toBeVisible();
  });
}
