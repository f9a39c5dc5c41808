// Each demo user lands on their role's home; Persian mirrors the page and shows Solar Hijri dates.
import { expect, test } from '@playwright/test';
import { demo, signIn } from './support.ts';

const homes = [
  { email: demo.resident, path: '/resident', shell: 'shell-resident' },
  { email: demo.dispatcher, path: '/dispatcher', shell: 'shell-dispatcher' },
  { email: demo.contractor, path: '/contractor', shell: 'shell-contractor' },
  { email: demo.admin, path: '/admin', shell: 'shell-admin' },
];

for (const home of homes) {
  test(`${home.email} signs in and lands on ${home.path}`, async ({ page }) => {
    await signIn(page, home.email, home.shell);
    await expect(page).toHaveURL(new RegExp(`${home.path}(/|$)`));
    await expect(page.locator('h1').first()).toBeVisible();
  });
}

test('wrong credentials show a translated error and keep the user on the login page', async ({ page }) => {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.locator('input[autocomplete="username"], input[type="email"]').first().fill(demo.resident);
  await form.locator('input[type="password"]').fill('wrong-password');
  await form.locator('button[type="submit"]').click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test('switching to Persian mirrors the page and shows Persian digits', async ({ page }) => {
  await signIn(page, demo.resident, 'shell-resident');
  await page.getByTestId('language-switcher').selectOption('fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.locator('h1').first()).toHaveText(/[\u0600-\u06FF]/);
  // The choice is remembered for the user: a reload keeps Persian.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByTestId('language-switcher').selectOption('ru');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
