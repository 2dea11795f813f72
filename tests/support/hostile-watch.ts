/**
 * What the hostile-input, drift and privacy specs watch in a Playwright page: uncaught page errors,
 * dialogs (a payload's alert() that got past the trap) and console errors, plus the page-world audit of
 * ./hostile-audit.ts.
 */
import type { Page } from '@playwright/test';
import { hostileAuditReport } from './hostile-audit.ts';

export interface PageProblems {
  /** Uncaught errors and rejected promises, dialogs and console errors seen so far. */
  list: string[];
}

export function watchPageProblems(page: Page, options: { consoleErrors?: boolean } = {}): PageProblems {
  const problems: PageProblems = { list: [] };
  page.on('pageerror', (error) => problems.list.push(`pageerror: ${error.message.slice(0, 300)}`));
  page.on('dialog', (dialog) => {
    problems.list.push(`dialog ${dialog.type()}: ${dialog.message().slice(0, 120)}`);
    void dialog.dismiss().catch(() => {});
  });
  if (options.consoleErrors !== false) {
    page.on('console', (message) => {
      // The browser's own note about a request the test's route refused is not the page's error.
      if (message.type() === 'error' && !/ERR_BLOCKED_BY_CLIENT|net::ERR_FAILED/.test(message.text())) {
        problems.list.push(`console.error: ${message.text().slice(0, 300)}`);
      }
    });
  }
  return problems;
}

/** Arms the audit's MutationObserver (call once the page is ready, before hostile data arrives). */
export async function armAudit(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __hostileAudit: { arm(): void } }).__hostileAudit.arm());
}

/** The audit's findings after a full scan (open shadow roots included) and how many elements it checked. */
export function auditReport(page: Page): Promise<{ findings: string[]; scanned: number }> {
  return page.evaluate(hostileAuditReport);
}
