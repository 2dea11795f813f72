/**
 * The feature registry in the real content script, both profiles: a feature stops when a part it needs
 * goes missing and starts again when it returns; a feature that throws is switched off and listed in
 * health, and nothing reaches WhatsApp's page.
 */
import type { StageApi } from '../stage/src/api.ts';
import type { HealthReport } from '../../utils/whatsapp/health.ts';
import { test, expect } from './fixtures';

type W = { __stage: StageApi };
interface Probe {
  states: Record<string, string | undefined>;
  starts: number;
  stops: number;
}

test('features follow the health of their parts; errors stay inside Zettel', async ({ page, stage, zettel }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await stage.open();
  await zettel.booted();
  await page.evaluate(async () => {
    const stage = (window as unknown as W).__stage;
    await stage.openChat(stage.chats()[0]!.key);
  });
  await expect.poll(async () => (await zettel.query<HealthReport>('health')).parts.find((p) => p.part === 'compose-box')?.state).toBe('ok');
  await zettel.query('addTestFeatures');
  await expect.poll(async () => (await zettel.query<Probe>('testFeatures')).states['test-compose']).toBe('running');

  // The throwing feature fails on its first row callback; health lists it.
  await expect.poll(async () => (await zettel.query<Probe>('testFeatures')).states['test-throws']).toBe('failed');
  const failed = await zettel.query<HealthReport>('health');
  expect(failed.disabledFeatures).toEqual(['test-throws']);
  expect(failed.featureErrors?.[0]).toMatchObject({ id: 'test-throws', error: expect.stringContaining('deliberate') });

  await page.evaluate(() => (window as unknown as W).__stage.drift('compose-box', 'remove'));
  await expect.poll(async () => (await zettel.query<Probe>('testFeatures')).states['test-compose'], { timeout: 3000 }).toBe('waiting-for-parts');
  const disabled = (await zettel.query<HealthReport>('health')).disabledFeatures;
  expect(disabled.filter((id) => id.startsWith('test-')).sort()).toEqual(['test-compose', 'test-throws']);
  // The product's own features that need the compose box pause with it; the others keep running.
  expect(disabled).toEqual(expect.arrayContaining(['templates', 'away-reply']));
  expect(disabled).not.toContain('flags');
  expect((await zettel.query<Probe>('testFeatures')).stops).toBe(1);

  await page.evaluate(() => (window as unknown as W).__stage.resetDrift());
  await expect.poll(async () => (await zettel.query<Probe>('testFeatures')).states['test-compose'], { timeout: 3000 }).toBe('running');
  expect((await zettel.query<Probe>('testFeatures')).starts).toBe(2);
  expect(pageErrors).toEqual([]);
});
