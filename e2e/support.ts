import { expect, type Browser, type Page } from '@playwright/test';

export const demo = {
  resident: 'resident@demo.citydesk',
  dispatcher: 'dispatcher@demo.citydesk',
  contractor: 'contractor@demo.citydesk',
  admin: 'admin@demo.citydesk',
  // E-services (issue #4): applicants, the deciding desks, the field inspector and the notary office.
  resident2: 'resident2@demo.citydesk',
  resident3: 'resident3@demo.citydesk',
  residentFa: 'resident.fa@demo.citydesk',
  residentKk: 'resident.kk@demo.citydesk',
  vodokanal: 'dispatcher.vodokanal@demo.citydesk',
  vodokanalInspector: 'vodokanal.inspector@demo.citydesk',
  kzio: 'dispatcher.kzio@demo.citydesk',
  kcs: 'dispatcher.kcs@demo.citydesk',
  housing: 'dispatcher.housing@demo.citydesk',
  notary: 'notary@demo.citydesk',
} as const;

/** Mobile phones of the demo residents (the seed numbers them in list order: +7 917 234-56-01…). */
export const demoPhone = {
  resident3: '+79172345603',
  residentKk: '+79172345621',
} as const;

/** Signs in through the login page, as a person would, and waits for the role's shell. */
export async function signIn(
  page: Page,
  email: string,
  shell: string,
  password = 'demo12345',
): Promise<void> {
  await page.goto('/login');
  const form = page.getByTestId('login-form');
  await form.locator('input[autocomplete="username"], input[type="email"]').first().fill(email);
  await form.locator('input[type="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
  await expect(page.getByTestId(shell)).toBeVisible();
}

/** A fresh browser context (its own cookies) signed in as `email`. */
export async function userPage(browser: Browser, email: string, shell: string, locale = 'ru'): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, shell);
  // The language is remembered per user: choose it as the user would.
  await page.getByTestId('language-switcher').selectOption(locale);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  return page;
}

/** Opens an action's form: the buttons toggle, and the most likely one may already be open. */
export async function openAction(page: Page, testId: string): Promise<void> {
  const button = page.getByTestId(testId);
  await expect(button).toBeVisible();
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}

/**
 * Files a repair request for `email` straight through the GraphQL API, in a context of its own: what a
 * resident does on the form, for tests that need requests without walking through it each time.
 */
export async function fileRequestThroughApi(
  browser: Browser,
  email: string,
  description: string,
): Promise<string> {
  const context = await browser.newContext();
  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await context.request.post('/graphql', { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  };
  try {
    await call('mutation ($login: String!) { login(login: $login, password: "demo12345") { user { id } } }', {
      login: email,
    });
    const { myPremises, serviceCategories } = await call<{
      myPremises: { id: string }[];
      serviceCategories: { id: string; code: string }[];
    }>('{ myPremises { id } serviceCategories { id code } }');
    const category = serviceCategories.find((c) => c.code === 'roof_leak') ?? serviceCategories[0]!;
    const filed = await call<{ fileRequest: { number: string } }>(
      'mutation ($input: FileRequestInput!) { fileRequest(input: $input) { number } }',
      {
        input: {
          categoryId: category.id,
          premisesId: myPremises[0]!.id,
          description,
          contactPhone: '+79175551234',
        },
      },
    );
    return filed.fileRequest.number;
  } finally {
    await context.close();
  }
}
