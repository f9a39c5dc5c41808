// The administrator's audit log: a failed sign-in and a settings change the administrator made show up,
// filtered by action, with who, from where and what changed.
import { expect, test } from '@playwright/test';
import { demo, userPage } from './support.ts';

test('the administrator finds a failed sign-in and their own calendar change in the audit log', async ({
  browser,
  page,
}) => {
  // Someone mistypes the property committee dispatcher's password.
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.locator('input[autocomplete="username"], input[type="email"]').first().fill(demo.kzio);
  await form.locator('input[type="password"]').fill('not-the-password');
  await form.locator('button[type="submit"]').click();
  await expect(page.getByRole('alert').first()).toBeVisible();

  const admin = await userPage(browser, demo.admin, 'shell-admin', 'en');
  // A settings change: the holiday calendar of a year far ahead.
  await admin.getByRole('link', { name: 'Holiday calendars' }).click();
  await admin.getByLabel('Year', { exact: true }).fill('2039');
  await admin.getByLabel('Days off', { exact: true }).fill('2039-01-01\n2039-01-02');
  await admin.getByLabel('Source', { exact: true }).fill('Decree of the year 2039');
  await admin.getByRole('button', { name: 'Save the calendar' }).click();
  await expect(admin.getByText('The holiday calendar for 2039 is saved.')).toBeVisible();

  await admin.getByRole('link', { name: 'Audit log' }).click();
  await expect(admin.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  const table = admin.getByRole('table', { name: 'Audit log entries, newest first' });

  await admin.getByLabel('Action').selectOption({ label: 'Failed sign-in' });
  const failed = table.getByRole('row').filter({ hasText: demo.kzio });
  await expect(failed.first()).toContainText('Anonymous');
  await expect(failed.first()).toContainText('wrong_password');
  await expect(table).not.toContainText('not-the-password');

  await admin.getByLabel('Action').selectOption({ label: 'Holiday calendar set' });
  const calendar = table.getByRole('row').filter({ hasText: 'RU-2039' });
  await expect(calendar).toHaveCount(1);
  await expect(calendar).toContainText('City administrator');
  await expect(calendar).toContainText('daysOff');
  await expect(calendar).toContainText('2039-01-01, 2039-01-02');
});
