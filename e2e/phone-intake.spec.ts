// A dispatcher files a request for a resident who phoned; the resident sees it in the cabinet live.
// Then cancellations: the resident cancels one before assignment, the dispatcher cancels one with a reason.
import { expect, test } from '@playwright/test';
import { demo, openAction, userPage } from './support.ts';

test('phone intake for a known resident appears in their cabinet, marked as a phone request', async ({
  browser,
}) => {
  const resident = await userPage(browser, demo.resident, 'shell-resident', 'ru');
  const dispatcher = await userPage(browser, demo.dispatcher, 'shell-dispatcher', 'ru');
  const rowsBefore = await resident.getByTestId('request-row').count();

  await dispatcher.getByTestId('phone-intake-link').click();
  await dispatcher.getByTestId('resident-search').fill('Сафина');
  await dispatcher.getByTestId('resident-match').first().getByTestId('choose-resident').first().click();
  await expect(dispatcher.getByTestId('chosen-resident')).toBeVisible();
  const form = dispatcher.getByTestId('intake-form');
  await form.locator('select[name="categoryId"]').selectOption({ index: 1 });
  await form.locator('textarea[name="description"]').fill('Звонок: не работает домофон в первом подъезде');
  await form.locator('button[type="submit"]').click();
  await expect(dispatcher).toHaveURL(/\/dispatcher\/requests\//);
  await expect(dispatcher.getByTestId('channel-badge').first()).toBeVisible();

  // The dispatcher notes the call back and raises the priority; both are steps of the history.
  await openAction(dispatcher, 'edit-note');
  await dispatcher
    .getByTestId('edit-note-form')
    .locator('textarea')
    .fill('Перезвонили, жилец дома после 18:00');
  await dispatcher.getByTestId('edit-note-form').locator('button[type="submit"]').click();
  await expect(
    dispatcher.locator('[data-testid="timeline-event"][data-event-type="COMMENTED"]'),
  ).toBeVisible();
  await openAction(dispatcher, 'edit-priority');
  await dispatcher.getByTestId('edit-priority-form').locator('select').selectOption('HIGH');
  await dispatcher.getByTestId('edit-priority-form').locator('button[type="submit"]').click();
  await expect(
    dispatcher.locator('[data-testid="timeline-event"][data-event-type="PRIORITY_CHANGED"]'),
  ).toBeVisible();

  await expect(resident.getByTestId('request-row')).toHaveCount(rowsBefore + 1);
});

test('the resident cancels before assignment; the dispatcher cancels with a reason the resident sees', async ({
  browser,
}) => {
  const resident = await userPage(browser, demo.resident, 'shell-resident', 'ru');
  const dispatcher = await userPage(browser, demo.dispatcher, 'shell-dispatcher', 'ru');

  const file = async (text: string) => {
    await resident.goto('/resident/new');
    const form = resident.getByTestId('new-request-form');
    await form.locator('select').first().selectOption({ index: 1 });
    await form.locator('textarea').first().fill(text);
    await form.locator('input[type="tel"]').fill('+7 917 555 12 34');
    await form.locator('button[type="submit"]').click();
    await expect(resident).toHaveURL(/\/resident\/requests\//);
    return (await resident.getByTestId('request-detail').innerText()).match(/KZN-\d{4}-\d{6}/)![0];
  };

  await file('Не закрывается окно в подъезде на втором этаже');
  await resident.getByTestId('cancel-request').click();
  await resident.getByTestId('cancel-form').locator('button[type="submit"]').click();
  await expect(
    resident.locator('[data-testid="status-badge"][data-status="CANCELLED"]').first(),
  ).toBeVisible();

  const second = await file('Сломана скамейка у подъезда, торчат гвозди');
  await dispatcher.getByTestId('queue-row').filter({ hasText: second }).click();
  await openAction(dispatcher, 'action-cancel');
  const cancel = dispatcher.getByTestId('dispatcher-cancel-form');
  await cancel.locator('select').first().selectOption('NOT_OUR_RESPONSIBILITY');
  await cancel.locator('textarea').fill('Скамейки обслуживает район');
  await cancel.locator('button[type="submit"]').click();
  // The resident, on the request page, sees the cancellation and its reason without reload.
  await expect(
    resident.locator('[data-testid="status-badge"][data-status="CANCELLED"]').first(),
  ).toBeVisible();
  await expect(resident.getByTestId('timeline-reason').last()).toBeVisible();
});
