// Residents on their own (issue 13): a resident who forgot the password asks for a link, reads the e-mail
// in the mailbox stand-in, opens the link, sets a new password and signs in with it; a newcomer signs up
// with the code e-mailed to them and lands in the cabinet.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support.ts';

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** The newest e-mail to `address` whose text matches `pattern`, once the outbox has sent it. */
async function mailTo(address: string, pattern: RegExp): Promise<RegExpExecArray> {
  let found: RegExpExecArray | null = null;
  await expect
    .poll(
      async () => {
        const response = await fetch(
          `http://127.0.0.1:${process.env.E2E_MAIL_PORT}/messages?to=${encodeURIComponent(address)}`,
        );
        const mails = (await response.json()) as Mail[];
        found = mails.map((m) => pattern.exec(m.text)).findLast((m) => m !== null) ?? null;
        return found !== null;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return found!;
}

async function visitorIn(page: Page, locale: string) {
  await page.goto('/login');
  await page.getByTestId('language-switcher').selectOption(locale);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

test('a resident sets a new password from the e-mailed link and signs in with it', async ({ page }) => {
  const email = 'resident7@demo.citydesk';
  await visitorIn(page, 'ru');
  await page.getByRole('link', { name: 'Забыли пароль?' }).click();
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByRole('button', { name: 'Отправить ссылку' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Проверьте почту' })).toBeVisible();

  const [link] = await mailTo(email, /http:\/\/\S+\/reset-password\?token=[\w-]+/);
  await page.goto(link);
  await page.getByLabel('Новый пароль', { exact: true }).fill('новый-пароль-7');
  await page.getByLabel('Повторите новый пароль').fill('новый-пароль-7');
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(page.getByRole('status')).toContainText('Пароль изменён');

  // The link worked once.
  await page.goto(link);
  await page.getByLabel('Новый пароль', { exact: true }).fill('ещё-один-пароль');
  await page.getByLabel('Повторите новый пароль').fill('ещё-один-пароль');
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  await expect(page.getByRole('alert')).toContainText('больше не действует');

  await signIn(page, email, 'shell-resident', 'новый-пароль-7');
});

test('a newcomer signs up with the e-mailed code and lands in the cabinet', async ({ page }) => {
  const email = `newcomer.${Date.now()}@example.com`;
  await visitorIn(page, 'en');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('Your name').fill('Kamila Yusupova');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('a-home-of-my-own');
  await page.getByLabel('Repeat the password').fill('a-home-of-my-own');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enter the code' })).toBeVisible();

  const [, code] = await mailTo(email, /code to finish creating your citydesk account: (\d{6})/);
  await page.getByLabel('Code from the e-mail').fill(code!);
  await page.getByRole('button', { name: 'Create the account' }).click();
  await expect(page.getByTestId('shell-resident')).toBeVisible();
});
