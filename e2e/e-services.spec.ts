// Issue #4, the acceptance test of e-services: each of the four seed services walked to its outcome in the
// browser, one browser context per person, each in their own language, every screen updating live.
//   000 no-debt certificate (ru): field task → debt → demo payment → certificate → public verification
//   001 inquiry response (ru): a notary files for a client → approved → PDF; the district rollout counts it
//   003 household size + meter registration (fa): approved, effective from the filing day; sealing → contractor
//   004 service-housing waiting list (kk): signed by SMS code → place in the queue; a refusal on a legal ground
import { expect, test, type Page } from '@playwright/test';
import { formatLocalDay } from '../packages/i18n/src/format.ts';
import { formatMoney } from '../packages/i18n/src/money.ts';
import { scanPdf } from './files.ts';
import { demo, demoPhone, openAction, userPage } from './support.ts';

/** Fails the test if the page reloads: every update must arrive live. */
function forbidReload(page: Page) {
  let loads = 0;
  page.on('load', () => (loads += 1));
  return () => expect(loads, 'the page reloaded').toBe(0);
}

const PDF_DOWNLOAD = /^application\/pdf/;

type Answer = string | boolean;

/**
 * Walks the service's wizard: one record of answers per question step (inputs are named by the field names),
 * then the documents (kind → file), then the check page, then sends.
 */
async function fillServiceForm(
  page: Page,
  steps: readonly Record<string, Answer>[],
  documents: Record<string, ReturnType<typeof scanPdf>>,
  check?: (form: ReturnType<Page['getByTestId']>) => Promise<void>,
) {
  const form = page.getByTestId('service-form');
  const continueButton = form.locator('[data-testid="step-continue"]:visible');
  for (const [index, answers] of steps.entries()) {
    await expect(form).toHaveAttribute('data-page', String(index));
    for (const [name, value] of Object.entries(answers)) {
      const input = form.locator(`[name="${name}"]`);
      const kind = await input.evaluate((el) =>
        el.tagName === 'SELECT' ? 'select' : (el.getAttribute('type') ?? 'text'),
      );
      if (kind === 'select') await input.selectOption(String(value));
      else if (kind === 'checkbox') await (value ? input.check() : input.uncheck());
      else await input.fill(String(value));
    }
    await continueButton.click();
  }
  await expect(form).toHaveAttribute('data-page', 'documents');
  for (const [kind, file] of Object.entries(documents)) {
    const field = form.getByTestId(`document-${kind}`);
    await field.locator('input[type="file"]').setInputFiles(file);
    await expect(field.locator('[data-testid="upload-item"][data-status="done"]')).toHaveCount(1);
  }
  await continueButton.click();
  await expect(form).toHaveAttribute('data-page', 'check');
  const summary = form.getByTestId('check-answers');
  await expect(summary).toBeVisible();
  for (const kind of Object.keys(documents)) {
    await expect(summary.getByTestId(`document-answer-${kind}`)).toContainText(documents[kind]!.name);
  }
  if (check) await check(form);
  await form.getByTestId('send-application').click();
}

/** Applies from the catalogue: the service's Apply link, then its wizard. */
async function applyFromCatalogue(
  page: Page,
  code: string,
  steps: readonly Record<string, Answer>[],
  documents: Record<string, ReturnType<typeof scanPdf>>,
  check?: (form: ReturnType<Page['getByTestId']>) => Promise<void>,
) {
  await page.goto('/resident/services');
  await page.getByTestId('service-catalogue').locator(`a[href="/resident/services/${code}"]`).click();
  await expect(page.getByTestId('apply-page')).toHaveAttribute('data-code', code);
  await fillServiceForm(page, steps, documents, check);
  await expect(page).toHaveURL(/\/resident\/applications\/[^/]+\/sent$/);
}

/** The confirmation page: the reference number and what happens next; then the application's own page. */
async function confirmAndOpen(page: Page): Promise<{ number: string; id: string }> {
  const sent = page.getByTestId('application-sent');
  await expect(sent.getByTestId('confirmation-panel')).toBeVisible();
  const number = (await sent.getByTestId('reference-number').innerText()).trim();
  expect(number).toMatch(/\S+-\d+/);
  await expect(sent.getByTestId('what-happens-next')).not.toBeEmpty();
  await sent.locator('a[href^="/resident/applications/"]').first().click();
  await expect(page.getByTestId('application-detail')).toBeVisible();
  const id = (await page.getByTestId('application-detail').getAttribute('data-application-id'))!;
  expect(page.url()).toMatch(new RegExp(`/resident/applications/${id}$`));
  return { number, id };
}

function residentStatus(page: Page, status: string) {
  return page
    .locator(`[data-testid="application-detail"] [data-testid="status-badge"][data-status="${status}"]`)
    .first();
}

function panelStatus(desk: Page, status: string) {
  return desk
    .getByTestId('application-panel')
    .locator(`.panel__head [data-testid="status-badge"][data-status="${status}"]`);
}

/** Opens the applications desk (client-side) and the application with `number` in it. */
async function openOnDesk(desk: Page, number: string, nav = 'nav-applications') {
  await desk.getByTestId(nav).click();
  await desk.getByTestId('application-row').filter({ hasText: number }).click();
  await expect(desk.getByTestId('application-panel')).toContainText(number);
}

async function startReview(desk: Page) {
  await desk.getByTestId('application-action-review').click();
  await expect(panelStatus(desk, 'IN_REVIEW')).toBeVisible();
}

async function approve(desk: Page) {
  await desk.getByTestId('application-action-approve').click();
  await desk.getByTestId('approve-dialog').getByTestId('approve-confirm').click();
  await expect(panelStatus(desk, 'APPROVED')).toBeVisible();
}

/** Selects the option whose text contains `text` (e.g. a person or a company), once it has loaded. */
async function selectByText(select: ReturnType<Page['locator']>, text: string) {
  const option = select.locator('option', { hasText: text });
  await expect(option).toHaveCount(1);
  await select.selectOption((await option.getAttribute('value'))!);
}

async function timelineSteps(page: Page) {
  const steps = await page
    .getByTestId('application-timeline')
    .getByTestId('timeline-event')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-type')));
  return steps;
}

test('no-debt certificate: field check, debt, payment, certificate, public verification (ru)', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const resident = await userPage(browser, demo.resident2, 'shell-resident', 'ru');
  const dispatcher = await userPage(browser, demo.vodokanal, 'shell-dispatcher', 'ru');
  const inspector = await userPage(browser, demo.vodokanalInspector, 'shell-dispatcher', 'ru');

  // 1. resident2 applies from the catalogue: account, prefilled contacts, a scan, the check page.
  await applyFromCatalogue(
    resident,
    'no_debt_certificate',
    [{ subscriberCode: '100000000002', idPin: 'AB12C34' }, {}],
    { propertyDocuments: scanPdf('vypiska-egrn.pdf') },
    async (form) => {
      await expect(form.getByTestId('answer-subscriberCode')).toContainText('100000000002');
      // The contacts step was prefilled from the profile (nothing typed there).
      await expect(form.getByTestId('answer-email')).toContainText(demo.resident2);
      await expect(form.getByTestId('answer-phone')).toContainText(/\d{3}/);
    },
  );
  const { number, id } = await confirmAndOpen(resident);
  await expect(residentStatus(resident, 'REGISTERED')).toBeVisible();
  const residentStayed = forbidReload(resident);

  // 2. The water utility starts the review and sends its inspector to check the meter.
  await inspector.getByTestId('nav-tasks').click();
  const inspectorStayed = forbidReload(inspector);
  await openOnDesk(dispatcher, number);
  const dispatcherStayed = forbidReload(dispatcher);
  await startReview(dispatcher);
  await dispatcher.getByTestId('order-task').click();
  const taskForm = dispatcher.getByTestId('task-form');
  await taskForm.getByTestId('task-kind').selectOption('METER_INSPECTION');
  await selectByText(taskForm.getByTestId('task-assignee'), 'Азат Мингазов');
  await taskForm.getByTestId('task-submit').click();
  await expect(dispatcher.locator('[data-testid="review-task"][data-status="OPEN"]')).toHaveCount(1);

  // 3. The inspector sees the task live under "My field tasks" and records what was found.
  const task = inspector.getByTestId('my-tasks').getByTestId('review-task').filter({ hasText: number });
  await task.getByTestId('record-result').click();
  await task.getByTestId('task-result-input').fill('Счётчик исправен, пломба цела, показания 00412');
  await task.getByTestId('task-result-submit').click();
  await expect(inspector.getByTestId('review-task').filter({ hasText: number })).toHaveCount(0);

  // 4. The dispatcher sees the result live, finds the debt on the account and asks for its payment.
  await expect(dispatcher.locator('[data-testid="review-task"][data-status="DONE"]')).toContainText(
    'показания 00412',
  );
  await expect(dispatcher.getByTestId('account-debt')).toContainText(/1\s843,50/);
  // While the account owes money the certificate cannot be issued: no Approve, the reason instead.
  await expect(dispatcher.getByTestId('outcome-blockers')).toContainText('100000000002');
  await expect(dispatcher.getByTestId('outcome-blockers')).toContainText(/1\s843,50/);
  await expect(dispatcher.getByTestId('application-action-approve')).toHaveCount(0);
  await dispatcher.getByTestId('request-debt-payment').click();
  const paymentForm = dispatcher.getByTestId('payment-form');
  await expect(paymentForm.getByTestId('payment-amount')).toHaveValue(/1\s?843[,.]50/);
  await paymentForm.getByTestId('payment-submit').click();
  await expect(panelStatus(dispatcher, 'AWAITING_PAYMENT')).toBeVisible();

  // 5. The resident's page, open all along, asks for the payment: the demo checkout, then back.
  await expect(residentStatus(resident, 'AWAITING_PAYMENT')).toBeVisible();
  await expect(resident.getByTestId('amount-due')).toContainText(/1\s843,50/);
  // What the payment is for, before paying: the debt, the account, as of when, how much.
  const line = resident.getByTestId('payment-breakdown').getByTestId('payment-line');
  await expect(line).toHaveCount(1);
  await expect(line).toContainText('100000000002');
  await expect(line).toContainText(/1\s843,50/);
  residentStayed();
  inspectorStayed();
  dispatcherStayed();
  await resident.getByTestId('pay-button').click();
  await expect(resident).toHaveURL(/\/pay\/demo\//);
  await expect(resident.getByTestId('demo-pay-amount')).toContainText(/1\s843,50/);
  await resident.getByTestId('demo-pay-succeed').click();
  await expect(resident.getByTestId('demo-pay-result')).toHaveAttribute('data-status', 'SUCCEEDED');
  await resident.getByTestId('demo-pay-back').click();
  await expect(resident).toHaveURL(new RegExp(`/resident/applications/${id}$`));

  // 6. Approved: the certificate with a download link and a verification code.
  await expect(residentStatus(resident, 'APPROVED')).toBeVisible();
  const certificate = resident.getByTestId('approved-panel').getByTestId('issued-document');
  await expect(certificate).toHaveCount(1);
  const href = (await certificate.getByTestId('document-download').getAttribute('href'))!;
  const pdf = await resident.request.get(href);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toMatch(PDF_DOWNLOAD);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const code = (await certificate.getByTestId('verification-code').innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  expect(await timelineSteps(resident)).toEqual([
    'SUBMITTED',
    'REGISTERED',
    'REVIEW_STARTED',
    'TASK_CREATED',
    'TASK_COMPLETED',
    'PAYMENT_REQUESTED',
    'PAID',
  ]);
  // The payment itself approves the application: the PAID step leads to APPROVED, with the amount.
  const paid = resident.locator('[data-testid="timeline-event"][data-event-type="PAID"]');
  await expect(paid.locator('[data-testid="status-badge"][data-status="APPROVED"]')).toBeVisible();
  await expect(paid.getByTestId('timeline-amount')).toContainText(/1\s843,50/);

  // 7. A bank, not signed in, checks the code: genuine, and what it certifies; one character off: not.
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/verify/${code}`);
  const result = anonymous.getByTestId('verification-result');
  await expect(result).toHaveAttribute('data-status', 'GENUINE');
  await expect(anonymous.getByTestId('verification-details')).toContainText('Ринат Хабибуллин');
  await expect(anonymous.getByTestId('verification-fact').first()).toBeVisible();
  await expect(result).toContainText('100000000002');
  // It says in words that there is no debt.
  await expect(anonymous.getByTestId('verification-statement')).toContainText(
    /no outstanding debt for water supply and sewerage on account 100000000002 as of/,
  );
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const last = code.at(-1)!;
  const forged = code.slice(0, -1) + alphabet[(alphabet.indexOf(last) + 1) % alphabet.length];
  await anonymous.goto(`/verify/${forged}`);
  await expect(anonymous.getByTestId('verification-result')).toHaveAttribute('data-status', 'UNKNOWN');
  await expect(anonymous.getByTestId('verification-details')).toHaveCount(0);
});

test('no-debt certificate with a debt, in Persian: blocked, the breakdown, payment, the certificate (fa)', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const resident = await userPage(browser, demo.residentFa, 'shell-resident', 'fa');
  const dispatcher = await userPage(browser, demo.vodokanal, 'shell-dispatcher', 'ru');
  const debt = formatMoney(96_040, 'RUB', 'fa');

  await applyFromCatalogue(
    resident,
    'no_debt_certificate',
    [{ subscriberCode: '100000000020', idPin: 'FA12C34' }, {}],
    { propertyDocuments: scanPdf('sanad.pdf') },
  );
  const { number, id } = await confirmAndOpen(resident);
  await openOnDesk(dispatcher, number);
  await startReview(dispatcher);
  await expect(dispatcher.getByTestId('outcome-blockers')).toContainText('100000000020');
  await expect(dispatcher.getByTestId('application-action-approve')).toHaveCount(0);
  await dispatcher.getByTestId('request-debt-payment').click();
  await dispatcher.getByTestId('payment-form').getByTestId('payment-submit').click();
  await expect(panelStatus(dispatcher, 'AWAITING_PAYMENT')).toBeVisible();

  // The breakdown before paying, in Persian digits; the page follows live.
  await expect(residentStatus(resident, 'AWAITING_PAYMENT')).toBeVisible();
  const line = resident.getByTestId('payment-breakdown').getByTestId('payment-line');
  await expect(line).toHaveCount(1);
  await expect(line).toContainText(debt);
  await resident.getByTestId('pay-button').click();
  await expect(resident.getByTestId('demo-pay-amount')).toContainText(debt);
  await resident.getByTestId('demo-pay-succeed').click();
  await resident.getByTestId('demo-pay-back').click();
  await expect(resident).toHaveURL(new RegExp(`/resident/applications/${id}$`));
  await expect(residentStatus(resident, 'APPROVED')).toBeVisible();
  await expect(resident.getByTestId('payment-receipt')).toContainText(debt);
  const certificate = resident.getByTestId('approved-panel').getByTestId('issued-document');
  const code = (await certificate.getByTestId('verification-code').innerText()).trim();

  // Checked in Persian: genuine, and it says in words that there is no debt.
  const bank = await (await browser.newContext({ locale: 'fa' })).newPage();
  await bank.goto(`/verify/${code}`);
  await bank.locator('[data-testid="language-switcher"]:visible').selectOption('fa');
  await expect(bank.getByTestId('verification-result')).toHaveAttribute('data-status', 'GENUINE');
  await expect(bank.getByTestId('verification-statement').first()).toContainText('بدهی');
  await bank.close();
});

test('inquiry response filed by a notary for a client; the district rollout counts it (ru)', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const notary = await userPage(browser, demo.notary, 'shell-dispatcher', 'ru');
  const kzio = await userPage(browser, demo.kzio, 'shell-dispatcher', 'ru');
  const admin = await userPage(browser, demo.admin, 'shell-admin', 'ru');
  const issuedBefore = await vakhitovskyIssued(admin);

  // 1. The notary files for a client who came in: the service, the client, the flat; then the form.
  await notary.getByTestId('nav-file').click();
  const client = notary.getByTestId('client-form');
  await client.getByTestId('notary-service').selectOption('inquiry_response');
  await client.getByTestId('client-name').fill('Зиганшин Марат Ильдарович');
  await client.getByTestId('client-phone').fill('+7 917 555 44 33');
  await client.getByTestId('building-search').fill('Баумана 7');
  const building = client
    .getByTestId('building-options')
    .locator('label')
    .filter({ hasText: /Баумана,?\s*(д\.\s*)?7(?!\d)/ });
  await expect(building).toHaveCount(1);
  await building.click();
  await client.getByTestId('client-apartment').fill('12');
  await client.getByTestId('client-continue').click();
  await expect(notary.getByTestId('client-summary')).toContainText('Зиганшин Марат Ильдарович');
  await fillServiceForm(
    notary,
    [
      { purpose: 'bank_mortgage', recipientName: 'ПАО Сбербанк, Казанское отделение' },
      { cadastralNumber: '16:50:011105:123', ownerFullName: 'Зиганшин Марат Ильдарович' },
    ],
    { ownershipDocument: scanPdf('svidetelstvo.pdf') },
  );
  const number = (
    await notary.getByTestId('filed-confirmation').getByTestId('filed-number').innerText()
  ).trim();
  expect(number).toMatch(/\S+-\d+/);

  // 2. "Filed by us" shows it; the committee reviews and approves it; the notary's view follows live.
  await notary.getByTestId('nav-filed').click();
  await notary.getByTestId('application-row').filter({ hasText: number }).click();
  await expect(notary.getByTestId('application-panel')).toContainText(number);
  const notaryStayed = forbidReload(notary);
  await openOnDesk(kzio, number);
  await expect(kzio.getByTestId('fact-intake')).toBeVisible();
  await startReview(kzio);
  await approve(kzio);
  await expect(panelStatus(notary, 'APPROVED')).toBeVisible();
  const pdfLink = notary.getByTestId('application-panel').getByTestId('document-download');
  await expect(pdfLink).toHaveCount(1);
  const pdf = await notary.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toMatch(PDF_DOWNLOAD);
  notaryStayed();

  // 3. The client has no account: the access code came by SMS to the phone given; with the number it opens
  //    the application on the public page, in ru and in fa, and the certificate downloads.
  let access = '';
  await expect
    .poll(
      async () => {
        const sms = (await smsTo('+79175554433')).find((m) => m.text.includes(number));
        access = sms?.text.match(/[0-9A-Z]{5}-[0-9A-Z]{5}/)?.[0] ?? '';
        return access;
      },
      { timeout: 20_000 },
    )
    .not.toBe('');
  for (const locale of ['ru', 'fa'] as const) {
    const visitor = await (await browser.newContext({ locale })).newPage();
    await visitor.goto('/login');
    await visitor.getByTestId('track-link').click();
    await visitor.locator('[data-testid="language-switcher"]:visible').selectOption(locale);
    await expect(visitor.locator('html')).toHaveAttribute('lang', locale);
    await visitor.getByTestId('track-number').fill(number);
    await visitor.getByTestId('track-code').fill('ZZZZZ-ZZZZZ');
    await visitor.getByTestId('track-submit').click();
    await expect(visitor.getByTestId('track-not-found')).toBeVisible();
    await visitor.getByTestId('track-code').fill(access.toLowerCase());
    await visitor.getByTestId('track-submit').click();
    const tracked = visitor.getByTestId('tracked-application');
    await expect(tracked).toHaveAttribute('data-status', 'APPROVED');
    await expect(tracked).toContainText('Зиганшин Марат Ильдарович');
    const download = visitor.waitForEvent('download');
    await tracked.getByTestId('document-download').click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    await visitor.close();
  }

  // 4. The city sees the rollout: the service's districts, the pilot district counts one more certificate.
  expect(await vakhitovskyIssued(admin)).toBe(issuedBefore + 1);
});

/** The administrator's rollout view of the inquiry response: how many it has issued in the pilot district. */
async function vakhitovskyIssued(admin: Page): Promise<number> {
  await admin.goto('/admin/services');
  await admin
    .locator('[data-testid="e-service-row"][data-code="inquiry_response"]')
    .getByTestId('show-districts')
    .click();
  const districts = admin.locator('[data-testid="service-districts"][data-code="inquiry_response"]');
  const vakhitovsky = districts.getByTestId('district-row').filter({ hasText: 'Вахитовский' });
  await expect(vakhitovsky.getByTestId('district-toggle')).toBeChecked();
  return Number((await vakhitovsky.getByTestId('district-issued').innerText()).replace(/\D/g, ''));
}

test('household size and a meter without a seal: effective date, sealing work order to the contractor (fa)', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const resident = await userPage(browser, demo.residentFa, 'shell-resident', 'fa');
  const kcs = await userPage(browser, demo.kcs, 'shell-dispatcher', 'ru');
  const contractor = await userPage(browser, demo.contractor, 'shell-contractor', 'ru');
  await expect(resident.locator('html')).toHaveAttribute('dir', 'rtl');

  // 1. The household grew: three registered residents after a birth.
  await applyFromCatalogue(
    resident,
    'household_size_change',
    [{ residentsCount: '3', changeReason: 'birth' }],
    { supportingDocuments: scanPdf('birth-certificate.pdf') },
  );
  const household = await confirmAndOpen(resident);
  const residentStayed = forbidReload(resident);
  await openOnDesk(kcs, household.number);
  await startReview(kcs);
  await approve(kcs);
  await expect(residentStatus(resident, 'APPROVED')).toBeVisible();
  // The household as stated when filing counts from the filing day (seed 003), in Kazan's calendar day, in
  // Persian: the Persian calendar and digits.
  const filedAt = (await resident.getByTestId('submitted-at').getAttribute('datetime'))!;
  const filedOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date(filedAt));
  await expect(resident.getByTestId('effective-from')).toContainText(formatLocalDay(filedOn, 'fa'));
  await expect(resident.getByTestId('effective-from')).not.toContainText(/[0-9]/);
  expect(await timelineSteps(resident)).toEqual(['SUBMITTED', 'REGISTERED', 'REVIEW_STARTED', 'APPROVED']);
  residentStayed();

  // 2. A new cold-water meter, not sealed yet: the centre orders the sealing.
  await applyFromCatalogue(
    resident,
    'meter_registration',
    [
      { meterKind: 'COLD_WATER', serialNumber: 'SV-15-778812', verificationDate: '2026-03-15' },
      { initialReading: '125' },
    ],
    { meterPassport: scanPdf('meter-passport.pdf') },
  );
  const meter = await confirmAndOpen(resident);
  const residentStayedAgain = forbidReload(resident);
  await openOnDesk(kcs, meter.number);
  await startReview(kcs);
  await kcs.getByTestId('application-action-sealing').click();
  await expect(kcs.getByTestId('application-action-sealing')).toHaveCount(0);
  await expect(
    resident.locator('[data-testid="timeline-event"][data-event-type="SEALING_ORDERED"]'),
  ).toBeVisible();

  // 3. The sealing work order is in the centre's repair desk; it goes to Аквасервис.
  await kcs.getByTestId('nav-requests').click();
  const order = kcs.getByTestId('queue-row').filter({ hasText: 'Бутлерова' });
  await expect(order).toHaveCount(1);
  await order.click();
  const panel = kcs.getByTestId('request-panel');
  await expect(panel).toContainText('SV-15-778812');
  await expect(panel).toContainText(meter.number);
  const orderId = (await panel.getAttribute('data-request-id'))!;
  await openAction(kcs, 'action-assign');
  const assign = kcs.getByTestId('assign-form');
  await selectByText(assign.locator('select').first(), 'Аквасервис');
  await assign.locator('button[type="submit"]').click();
  await expect(panel.locator('[data-testid="status-badge"][data-status="ASSIGNED"]').first()).toBeVisible();

  // 4. The contractor's board shows the work order live.
  await expect(
    contractor.locator(`[data-testid="work-order-row"][data-request-id="${orderId}"]`),
  ).toBeVisible();
  expect(await timelineSteps(resident)).toEqual([
    'SUBMITTED',
    'REGISTERED',
    'REVIEW_STARTED',
    'SEALING_ORDERED',
  ]);
  residentStayedAgain();
});

/** The SMS the residents' phone (the gateway stand-in started with the product) has received for `phone`. */
async function smsTo(phone: string): Promise<{ text: string }[]> {
  const response = await fetch(
    `http://127.0.0.1:${process.env.E2E_SMS_PORT}/messages?to=${encodeURIComponent(phone)}`,
  );
  return (await response.json()) as { text: string }[];
}

/**
 * The signing step: send the code, read it from the newest SMS that reached `phone`, check that the
 * administrator's outbox lists that SMS without its code, type it, sign. Returns the SMS text (it names
 * the application).
 */
async function signWithSmsCode(applicant: Page, admin: Page, phone: string): Promise<string> {
  const before = (await smsTo(phone)).length;
  const signing = applicant.getByTestId('signing-step');
  await signing.getByTestId('send-code').click();
  await expect(signing.getByTestId('signing-code')).toBeVisible();
  await expect.poll(async () => (await smsTo(phone)).length, { timeout: 20_000 }).toBeGreaterThan(before);
  const text = (await smsTo(phone)).at(-1)!.text;
  // The code: six digits on their own (the application number's digits follow a hyphen).
  const code = text.match(/(?<![\d-])\d{6}(?!\d)/)?.[0];
  expect(code, `a 6-digit code in «${text}»`).toBeTruthy();
  await admin.goto('/admin/outbox');
  const sms = admin.getByTestId('outbox-row').filter({ hasText: phone }).first();
  await sms.getByTestId('outbox-toggle').click();
  const listed = await admin.getByTestId('outbox-body').innerText();
  expect(listed).toContain('••••••');
  expect(listed).not.toContain(code!);
  await signing.getByTestId('signing-code').fill(code!);
  await signing.getByTestId('signing-submit').click();
  return text;
}

async function applyForServiceHousing(page: Page, iin: string, employer: string, jobTitle: string) {
  await applyFromCatalogue(
    page,
    'service_housing_waiting_list',
    [
      { iin, employer, jobTitle },
      { familySize: '3', currentHousing: 'renting' },
      { personalDataConsent: true },
    ],
    { employmentCertificate: scanPdf('employment-certificate.pdf') },
  );
}

test('service-housing waiting list: signed by SMS code, a place in the queue; a refusal on a legal ground (kk)', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const applicant = await userPage(browser, demo.residentKk, 'shell-resident', 'kk');
  const housing = await userPage(browser, demo.housing, 'shell-dispatcher', 'kk');
  const admin = await userPage(browser, demo.admin, 'shell-admin', 'ru');

  // 1. The application, then the signing step with the one-time code from the SMS.
  await applyForServiceHousing(applicant, '880215400123', 'Қазан қалалық ауруханасы №7', 'Дәрігер-терапевт');
  await expect(applicant.getByTestId('application-sent').getByTestId('signing-step')).toBeVisible();
  const sms = await signWithSmsCode(applicant, admin, demoPhone.residentKk);
  const { number, id: placeId } = await confirmAndOpen(applicant);
  expect(sms).toContain(number);
  await expect(residentStatus(applicant, 'REGISTERED')).toBeVisible();
  const applicantStayed = forbidReload(applicant);

  // 2. The housing department reviews and approves: the applicant has a place in the queue and a certificate.
  await openOnDesk(housing, number);
  await startReview(housing);
  await approve(housing);
  await expect(residentStatus(applicant, 'APPROVED')).toBeVisible();
  await expect(applicant.getByTestId('queue-position')).toBeVisible();
  await expect(applicant.getByTestId('queue-position')).toContainText(/\d/);
  const placeCertificate = applicant.getByTestId('approved-panel').getByTestId('issued-document');
  await expect(placeCertificate).toHaveCount(1);
  const placeCode = (await placeCertificate.getByTestId('verification-code').innerText()).trim();
  expect(await timelineSteps(applicant)).toEqual([
    'SUBMITTED',
    'SIGNED',
    'REGISTERED',
    'REVIEW_STARTED',
    'APPROVED',
  ]);
  applicantStayed();

  // 3. Another applicant (ru) is refused on the housing-law ground and sees that ground.
  const other = await userPage(browser, demo.resident3, 'shell-resident', 'ru');
  await applyForServiceHousing(other, '900101300456', 'ООО «Ромашка»', 'Менеджер');
  const otherSms = await signWithSmsCode(other, admin, demoPhone.resident3);
  const { number: otherNumber } = await confirmAndOpen(other);
  expect(otherSms).toContain(otherNumber);
  const otherStayed = forbidReload(other);
  await openOnDesk(housing, otherNumber);
  await startReview(housing);
  await openAction(housing, 'application-action-refuse');
  const refuse = housing.getByTestId('refuse-form');
  await refuse.getByTestId('refuse-ground').selectOption('housingLawRequirements');
  await refuse.getByTestId('refuse-submit').click();
  await expect(panelStatus(housing, 'REFUSED')).toBeVisible();
  await expect(residentStatus(other, 'REFUSED')).toBeVisible();
  await expect(other.getByTestId('refusal-ground')).toContainText(
    'не соответствуют требованиям статьи 101-3 Закона «О жилищных отношениях»',
  );
  expect(await timelineSteps(other)).toEqual([
    'SUBMITTED',
    'SIGNED',
    'REGISTERED',
    'REVIEW_STARTED',
    'REFUSED',
  ]);
  otherStayed();
  // The refusal is a document too: a certificate of refusal, downloadable and verifiable.
  const refusal = other.getByTestId('refused-panel').getByTestId('issued-document');
  await expect(refusal).toHaveCount(1);
  await expect(refusal).toHaveAttribute('data-status', 'ISSUED');
  const refusalHref = (await refusal.getByTestId('document-download').getAttribute('href'))!;
  // In the reader's language, and in ru and fa too (the PDF takes `?lang=`).
  for (const lang of [null, 'ru', 'fa'] as const) {
    const refusalPdf = await other.request.get(lang ? `${refusalHref}?lang=${lang}` : refusalHref);
    expect(refusalPdf.status()).toBe(200);
    expect(refusalPdf.headers()['content-type']).toMatch(PDF_DOWNLOAD);
    expect((await refusalPdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
  const refusalCode = (await refusal.getByTestId('verification-code').innerText()).trim();

  // 4. The first applicant leaves the list (housing provided): the certificate of the place is revoked,
  // on the applicant's page live and on the public verification page, in Persian as in Russian.
  // Decided applications leave the queue; the keeper opens it by its address.
  await housing.goto(`/dispatcher/applications/${placeId}`);
  await expect(housing.getByTestId('application-panel')).toContainText(number);
  await openAction(housing, 'application-action-remove');
  await housing.getByTestId('remove-comment').fill('Жильё предоставлено');
  await housing.getByTestId('remove-submit').click();
  await expect(placeCertificate).toHaveAttribute('data-status', 'REVOKED');
  for (const locale of ['ru', 'fa'] as const) {
    const bank = await (await browser.newContext({ locale })).newPage();
    await bank.goto(`/verify/${placeCode}`);
    await bank.locator('[data-testid="language-switcher"]:visible').selectOption(locale);
    await expect(bank.locator('html')).toHaveAttribute('lang', locale);
    await expect(bank.getByTestId('verification-result')).toHaveAttribute('data-status', 'REVOKED');
    await expect(bank.getByTestId('revocation-reason')).toBeVisible();
    await bank.goto(`/verify/${refusalCode}`);
    await expect(bank.getByTestId('verification-result')).toHaveAttribute('data-status', 'GENUINE');
    await bank.close();
  }
});
