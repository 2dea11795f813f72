/**
 * Least privilege between contexts: the background classifies each data port by the sender the
 * browser reports and refuses, for a content script, every operation and setting key it does not
 * need — with the real server bound to a fake-indexeddb database, so "refused" also means "nothing
 * was written".
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabaseServer } from '../../../entrypoints/background/data-service.ts';
import { getSettings } from '../../../utils/db/repositories/settings.ts';
import { listLabels } from '../../../utils/db/repositories/labels.ts';
import { ZettelDatabase } from '../../../utils/db/schema.ts';
import { operations } from '../../../utils/db/operations.ts';
import type { ServerMessage } from '../../../utils/messaging/protocol.ts';
import {
  classifySender,
  CONTENT_SCRIPT_OPERATIONS,
  CONTENT_SCRIPT_SETTING_KEYS,
  policyFor,
  type SenderPolicy,
} from '../../../utils/messaging/sender-policy.ts';
import type { DataServer } from '../../../utils/messaging/server.ts';
import { dropDatabase, freshDatabase } from '../db/helpers.ts';
import { createPortPair } from './fake-port.ts';

const BASE = 'chrome-extension://abcdefghijklmnop/';
const ID = 'abcdefghijklmnop';

describe('classifySender', () => {
  it('tells content scripts, extension pages and strangers apart by the browser-reported sender', () => {
    expect(classifySender({ id: ID, url: 'https://web.whatsapp.com/', tab: { id: 3 } }, BASE, ID)).toBe('content-script');
    expect(classifySender({ id: ID, url: 'https://web.whatsapp.com/send?phone=1', tab: { id: 3 } }, BASE, ID)).toBe('content-script');
    expect(classifySender({ id: ID, url: `${BASE}options.html` }, BASE, ID)).toBe('extension-page');
    // An extension page opened in a tab has a tab too: the URL decides.
    expect(classifySender({ id: ID, url: `${BASE}popup.html`, tab: { id: 9 } }, BASE, ID)).toBe('extension-page');
    expect(classifySender({ id: 'moz-uuid', url: 'moz-extension://moz-uuid/popup.html' }, 'moz-extension://moz-uuid/', 'moz-uuid')).toBe('extension-page');
  });

  it('refuses what is neither', () => {
    expect(classifySender(undefined, BASE, ID)).toBe('refused');
    expect(classifySender({ id: 'other-extension', url: `${BASE}options.html` }, BASE, ID)).toBe('refused');
    expect(classifySender({ id: ID, url: 'https://web.whatsapp.com/' }, BASE, ID)).toBe('refused'); // no tab
    expect(classifySender({ id: ID, url: 'http://web.whatsapp.com/', tab: { id: 1 } }, BASE, ID)).toBe('refused');
    expect(classifySender({ id: ID, url: 'https://web.whatsapp.com.evil.example/', tab: { id: 1 } }, BASE, ID)).toBe('refused');
    expect(classifySender({ id: ID, url: 'https://evil.example/?https://web.whatsapp.com', tab: { id: 1 } }, BASE, ID)).toBe('refused');
    expect(classifySender({ id: ID, url: 'not a url', tab: { id: 1 } }, BASE, ID)).toBe('refused');
    expect(classifySender({ id: ID, tab: { id: 1 } }, BASE, ID)).toBe('refused');
  });
});

describe('the content script allowlist', () => {
  it('lists only operations that exist, and every write it lists is a feature action', () => {
    for (const op of CONTENT_SCRIPT_OPERATIONS) expect(Object.keys(operations)).toContain(op);
    // The destructive and configuring operations stay with the extension pages.
    for (const op of ['createLabel', 'updateLabel', 'deleteLabel', 'reorderLabels', 'setChatLabels', 'saveTemplate', 'deleteTemplate', 'duplicateTemplate', 'fireReminder', 'countData']) {
      expect(CONTENT_SCRIPT_OPERATIONS.has(op as never), op).toBe(false);
    }
    expect([...CONTENT_SCRIPT_SETTING_KEYS]).toEqual(['pins.collapsed']);
  });

  it('refuses other operations and setting keys, and lets extension pages do everything', () => {
    const content = policyFor('content-script');
    const page = policyFor('extension-page');
    const stranger = policyFor('refused');
    expect(content('flagChat', {})).toBeNull();
    expect(content('updateSetting', { key: 'pins.collapsed', value: true })).toBeNull();
    expect(content('deleteLabel', {})).toMatch(/not available to a content script/);
    expect(content('updateSetting', { key: 'away.autoReply', value: {} })).toMatch(/only from the extension's pages/);
    expect(content('updateSetting', { key: 'away.text', value: 'x' })).not.toBeNull();
    expect(content('updateSetting', null)).not.toBeNull();
    expect(content('updateSetting', { key: ['pins.collapsed'] })).not.toBeNull();
    expect(content('__proto__', {})).not.toBeNull();
    expect(content('hasOwnProperty', {})).not.toBeNull();
    for (const op of Object.keys(operations)) expect(page(op, { key: 'away.autoReply' })).toBeNull();
    expect(stranger('listFlags', {})).not.toBeNull();
  });
});

describe('the background server with a content script port', () => {
  let db: ZettelDatabase;
  let server: DataServer;
  beforeEach(async () => {
    db = await freshDatabase();
    server = createDatabaseServer(db);
  });
  afterEach(async () => {
    server.close();
    await dropDatabase(db);
  });

  function connect(policy: SenderPolicy) {
    const pair = createPortPair();
    server.accept(pair.server, policy);
    const received: ServerMessage[] = [];
    pair.client.onMessage.addListener((message) => received.push(message as ServerMessage));
    const next = async (id: string): Promise<ServerMessage> => {
      for (let i = 0; i < 200; i++) {
        const found = received.find((message) => message.id === id);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      throw new Error(`no answer for ${id}`);
    };
    return { post: (message: unknown) => pair.client.postMessage(message), next };
  }

  const autoReplyOn = { key: 'away.autoReply', value: { enabled: true, confirmedText: 'Bin weg', enabledAt: 1, maxPerHour: 10 } };

  it('cannot switch on the automatic away reply, and nothing is written', async () => {
    const content = connect(policyFor('content-script'));
    content.post({ kind: 'request', id: 'c:1', op: 'updateSetting', input: autoReplyOn });
    expect(await content.next('c:1')).toMatchObject({ kind: 'reply', ok: false, error: { code: 'forbidden' } });
    expect((await getSettings(db))['away.autoReply'].enabled).toBe(false);
  });

  it('cannot create or delete labels, nor subscribe to what it does not need', async () => {
    const content = connect(policyFor('content-script'));
    content.post({ kind: 'request', id: 'c:2', op: 'createLabel', input: { name: 'Fremd', color: '#112233' } });
    expect(await content.next('c:2')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    content.post({ kind: 'subscribe', id: 'c:3', op: 'countData', input: {} });
    expect(await content.next('c:3')).toMatchObject({ kind: 'subscription-error', error: { code: 'forbidden' } });
    expect(await listLabels(db)).toEqual([]);
    expect(server.subscriptionCount()).toBe(0);
  });

  it('still runs the operations its features use', async () => {
    const content = connect(policyFor('content-script'));
    content.post({ kind: 'request', id: 'c:4', op: 'updateSetting', input: { key: 'pins.collapsed', value: true } });
    expect(await content.next('c:4')).toMatchObject({ ok: true });
    content.post({ kind: 'subscribe', id: 'c:5', op: 'getSettings', input: {} });
    expect(await content.next('c:5')).toMatchObject({ kind: 'value' });
  });

  it('an extension page may change every setting', async () => {
    const page = connect(policyFor('extension-page'));
    page.post({ kind: 'request', id: 'p:1', op: 'updateSetting', input: autoReplyOn });
    expect(await page.next('p:1')).toMatchObject({ ok: true });
    expect((await getSettings(db))['away.autoReply'].enabled).toBe(true);
  });

  it('a remembered answer is never handed to a sender of another kind with the same request id', async () => {
    const page = connect(policyFor('extension-page'));
    page.post({ kind: 'request', id: 'same', op: 'updateSetting', input: autoReplyOn });
    expect(await page.next('same')).toMatchObject({ ok: true });
    const content = connect(policyFor('content-script'));
    content.post({ kind: 'request', id: 'same', op: 'updateSetting', input: autoReplyOn });
    expect(await content.next('same')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
