// Every page of the app under its real Content-Security-Policy: the public pages and, for each role,
// every page reachable from its navigation and the first lists (crawled, two clicks deep), in ru and
// fa. Any CSP violation — reported by the browser as an event or on the console — fails the test.
import { expect, test, type Page } from '@playwright/test';
import { demo, fileRequestThroughApi, signIn } from './support.ts';

/** Records the page's CSP violations (the event, and the console lines Chromium prints for them). */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (
      /Content Security Policy|Refused to (load|execute|apply|connect|frame|evaluate)/i.test(message.text())
    )
      violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
      report(
        `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  return violations;
}

/** Visits `start` and the same-origin pages linked from it, then from those (two levels), at most `limit`. */
async function crawl(page: Page, start: string, limit = 40): Promise<string[]> {
  const seen = new Set<string>([start]);
  let frontier = [start];
  for (let depth = 0; depth < 2 && frontier.length > 0; depth += 1) {
    const next: string[] = [];
    for (const address of frontier) {
      const response = await page.goto(address);
      expect(response?.headers()['content-security-policy'], address).toContain("script-src 'self'");
      await page.waitForLoadState('networkidle');
      const links = await page
        .locator('a[href^="/"]')
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
      for (const link of links) {
        // PDFs and files are documents, not pages; logging out would end the crawl.
        if (/\.pdf$|^\/files\//.test(link) || seen.has(link) || seen.size >= limit) continue;
        seen.add(link);
        next.push(link);
      }
    }
    frontier = next;
  }
  return [...seen];
}

test.describe('Content-Security-Policy', () => {
  test.beforeAll(async ({ browser }) => {
    // A request of the resident's, so that the lists link to a request page of each role.
    await fileRequestThroughApi(browser, demo.resident, 'The radiator in the kitchen is cold (CSP check)');
  });

  test('the public pages load without a CSP violation', async ({ page }) => {
    const violations = await watchViolations(page);
    for (const address of [
      '/login',
      '/verify',
      '/verify/NOT-A-CODE',
      '/track',
      '/transparency',
      '/nowhere',
    ]) {
      const response = await page.goto(address);
      expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
  });

  const roles = [
    { email: demo.resident, shell: 'shell-resident', home: '/resident' },
    { email: demo.dispatcher, shell: 'shell-dispatcher', home: '/dispatcher' },
    { email: demo.vodokanal, shell: 'shell-dispatcher', home: '/dispatcher' },
    { email: demo.contractor, shell: 'shell-contractor', home: '/contractor' },
    { email: demo.admin, shell: 'shell-admin', home: '/admin' },
  ];
  for (const role of roles)
    for (const locale of ['ru', 'fa'])
      test(`every page of ${role.email} in ${locale} loads without a CSP violation`, async ({ page }) => {
        const violations = await watchViolations(page);
        await signIn(page, role.email, role.shell);
        await page.getByTestId('language-switcher').selectOption(locale);
        const visited = await crawl(page, role.home);
        expect(visited.length).toBeGreaterThanOrEqual(2);
        expect(violations).toEqual([]);
      });
});
