// The administrator's dashboards on the real product: filters narrow the figures, charts and tables;
// a request filed in another browser bumps the live counter without a reload; CSV exports carry the
// table's rows under translated headers; and the public transparency page needs no sign-in.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { demo, fileRequestThroughApi, userPage } from './support.ts';

const latin = (text: string) => text.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));
async function figure(page: Page, name: string): Promise<number> {
  const value = page.getByTestId(`kpi-${name}-value`);
  await expect(value).toHaveText(/\d|[۰-۹]/);
  return Number(latin(await value.innerText()).replace(/[^\d]/g, ''));
}

test('the administrator filters, watches live and exports (ru)', async ({ browser }) => {
  // Some history: two requests in Vakhitovsky (УК Жилсервис), one each for two companies in Sovetsky.
  await fileRequestThroughApi(browser, demo.resident, 'Протекает крыша над кухней после дождя');
  await fileRequestThroughApi(browser, demo.resident, 'Протекает крыша в подъезде у лифта');
  await fileRequestThroughApi(browser, 'resident2@demo.citydesk', 'Течёт кровля над последним этажом');
  await fileRequestThroughApi(browser, 'resident4@demo.citydesk', 'Капает с потолка на лестнице');

  const admin = await userPage(browser, demo.admin, 'shell-admin', 'ru');
  await admin.getByTestId('nav-admin-dashboard').click();
  const rankings = admin.getByTestId('rankings-table');
  await expect(rankings).toContainText('УК Жилсервис Вахитовский');
  await expect(rankings).toContainText('УК Уютный дом');
  const cityFiled = await figure(admin, 'filed');
  expect(cityFiled).toBeGreaterThanOrEqual(4);
  await expect(admin.getByTestId('trend-chart')).toBeVisible();
  await expect(admin.getByTestId('status-chart')).toBeVisible();

  // One district: the other district's company leaves the rankings, the counters drop.
  await admin.getByTestId('dashboard-filter-district').selectOption({ label: 'Советский район' });
  await expect(rankings).not.toContainText('УК Жилсервис Вахитовский');
  await expect(rankings).toContainText('УК Уютный дом');
  await expect(rankings).toContainText('ТСЖ Солнечный');
  const districtFiled = await figure(admin, 'filed');
  expect(districtFiled).toBeLessThan(cityFiled);
  await expect(admin).toHaveURL(/district=/);

  // One company within it.
  await admin.getByTestId('dashboard-filter-organization').selectOption({ label: 'УК Уютный дом' });
  await expect(rankings).not.toContainText('ТСЖ Солнечный');
  const companyFiled = await figure(admin, 'filed');
  expect(companyFiled).toBeGreaterThanOrEqual(1);
  expect(companyFiled).toBeLessThan(districtFiled);

  // Live: a resident of that company files in another browser; the counter moves without a reload.
  let reloaded = false;
  admin.on('load', () => (reloaded = true));
  await fileRequestThroughApi(browser, 'resident2@demo.citydesk', 'Протекает крыша на балконе');
  await expect.poll(() => figure(admin, 'filed')).toBe(companyFiled + 1);
  expect(reloaded).toBe(false);

  // The requests behind the company's figures, and their CSV under Russian headers.
  await rankings.getByRole('row').filter({ hasText: 'УК Уютный дом' }).getByRole('button').first().click();
  const drilldown = admin.getByTestId('drilldown-table');
  await expect(drilldown.locator('tbody tr')).toHaveCount(companyFiled + 1);
  const [download] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByTestId('csv-drilldown').click(),
  ]);
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/Номер/);
  expect(lines).toHaveLength(companyFiled + 2);
  expect(csv).toMatch(/KZN-\d{4}-\d{6}/);

  const [rankingCsv] = await Promise.all([
    admin.waitForEvent('download'),
    admin.getByTestId('csv-rankings').click(),
  ]);
  const rankingText = await readFile((await rankingCsv.path())!, 'utf8');
  expect(rankingText).toContain('УК Уютный дом');
  expect(rankingText).not.toContain('ТСЖ Солнечный');
});

test('a dispatcher sees their own company only (ru)', async ({ browser }) => {
  const dispatcher = await userPage(browser, 'dispatcher.uyutnydom@demo.citydesk', 'shell-dispatcher', 'ru');
  await dispatcher.getByTestId('nav-dispatcher-dashboard').click();
  expect(await figure(dispatcher, 'filed')).toBeGreaterThanOrEqual(1);
  await expect(dispatcher.getByTestId('rankings-table')).toHaveCount(0);
  await expect(dispatcher.getByTestId('dashboard-filter-organization')).toHaveCount(0);
});

test('the public transparency page needs no sign-in (fa)', async ({ page }) => {
  await page.goto('/transparency');
  await expect(page.getByTestId('transparency-page')).toBeVisible();
  const companies = page.getByTestId('transparency-companies');
  await expect(companies).toContainText('УК Уютный дом');
  await expect(page.getByTestId('transparency-chart')).toBeVisible();
  // Nothing about any resident.
  await expect(page.getByTestId('transparency-page')).not.toContainText(/@|\+7|KZN-/);
  await page.getByTestId('language-switcher').first().selectOption('fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(companies).toContainText(/[۰-۹]/);
  await page.getByTestId('transparency-district').selectOption({ label: 'ناحیه سووتسکی' });
  await expect(page).toHaveURL(/district=/);
});
