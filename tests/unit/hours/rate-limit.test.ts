import { describe, expect, it } from 'vitest';
import { canSendAwayReply, type AwayReplyLogEntry } from '../../../utils/hours';
import { awayLogEntries } from '../../../entrypoints/whatsapp.content/features/away-reply/log-entries.ts';
import type { AwayReplyRecord } from '../../../utils/db/records.ts';
import type { ChatKey } from '../../../utils/chat-key.ts';

const NOW = Date.parse('2026-05-12T20:00:00Z');
const MINUTE = 60_000;
const entry = (chatKey: string, minutesAgo: number, periodId = 'p1'): AwayReplyLogEntry => ({ chatKey, sentAt: NOW - minutesAgo * MINUTE, periodId });

describe('canSendAwayReply', () => {
  it('allows the first reply', () => {
    expect(canSendAwayReply([], 'chat-a', 'p1', NOW, 10)).toEqual({ ok: true });
  });

  it('answers each chat once per closed period, however long ago', () => {
    const log = [entry('chat-a', 600)];
    expect(canSendAwayReply(log, 'chat-a', 'p1', NOW, 10)).toEqual({ ok: false, reason: 'already-replied-this-period' });
    expect(canSendAwayReply(log, 'chat-a', 'p2', NOW, 10)).toEqual({ ok: true });
    expect(canSendAwayReply(log, 'chat-b', 'p1', NOW, 10)).toEqual({ ok: true });
  });

  it('allows at most maxPerHour replies in any sliding hour', () => {
    const log = [entry('a', 59), entry('b', 30), entry('c', 1)];
    expect(canSendAwayReply(log, 'd', 'p1', NOW, 3)).toEqual({ ok: false, reason: 'rate-limit', retryAt: NOW + MINUTE });
    expect(canSendAwayReply(log, 'd', 'p1', NOW, 4)).toEqual({ ok: true });
    // Exactly an hour ago has left the window.
    expect(canSendAwayReply([entry('a', 60), entry('b', 30)], 'd', 'p1', NOW, 1)).toEqual({ ok: false, reason: 'rate-limit', retryAt: NOW + 30 * MINUTE });
    expect(canSendAwayReply([entry('a', 60), entry('b', 61)], 'd', 'p1', NOW, 1)).toEqual({ ok: true });
  });

  it('a limit of zero (or less) sends nothing', () => {
    expect(canSendAwayReply([], 'a', 'p1', NOW, 0)).toMatchObject({ ok: false, reason: 'rate-limit' });
    expect(canSendAwayReply([], 'a', 'p1', NOW, -1)).toMatchObject({ ok: false, reason: 'rate-limit' });
  });

  it('checks the chat before the rate', () => {
    const log = [entry('a', 1), entry('b', 2)];
    expect(canSendAwayReply(log, 'a', 'p1', NOW, 1)).toEqual({ ok: false, reason: 'already-replied-this-period' });
  });

  it('counts pending and failed entries in both limits, like sent ones', () => {
    const pending = { ...entry('a', 1), status: 'pending' as const };
    const failed = { ...entry('b', 2), status: 'failed' as const };
    expect(canSendAwayReply([pending], 'a', 'p1', NOW, 10)).toEqual({ ok: false, reason: 'already-replied-this-period' });
    expect(canSendAwayReply([failed], 'b', 'p1', NOW, 10)).toEqual({ ok: false, reason: 'already-replied-this-period' });
    expect(canSendAwayReply([pending, failed], 'c', 'p1', NOW, 2)).toMatchObject({ ok: false, reason: 'rate-limit' });
  });
});

describe('awayLogEntries (the stored log as the limits read it)', () => {
  const record = (id: string, chat: string, minutesAgo: number, extra: Partial<AwayReplyRecord> = {}): AwayReplyRecord => ({
    id,
    chatKey: `title:${chat}` as ChatKey,
    sentAt: NOW - minutesAgo * MINUTE,
    updatedAt: NOW,
    ...extra,
  });
  const periodAt = () => 'recomputed';

  it('a pending entry from before a reload blocks a second reply to that chat in its period, and fills the hourly cap', () => {
    const stored = [record('r1', 'Anna', 1, { status: 'pending', periodId: 'p1' }), record('r2', 'Bernd', 3, { status: 'failed', periodId: 'p1' })];
    const log = awayLogEntries(stored, periodAt);
    expect(canSendAwayReply(log, 'title:Anna', 'p1', NOW, 10)).toEqual({ ok: false, reason: 'already-replied-this-period' });
    expect(canSendAwayReply(log, 'title:Bernd', 'p1', NOW, 10)).toEqual({ ok: false, reason: 'already-replied-this-period' });
    expect(canSendAwayReply(log, 'title:Clara', 'p1', NOW, 2)).toMatchObject({ ok: false, reason: 'rate-limit' });
    expect(canSendAwayReply(log, 'title:Clara', 'p1', NOW, 3)).toEqual({ ok: true });
    expect(log.map((entry) => entry.status)).toEqual(['pending', 'failed']);
  });

  it('keeps the stored period; an older record without one gets it recomputed and counts as sent', () => {
    const [stored, older] = awayLogEntries([record('r1', 'Anna', 1, { periodId: 'p1', status: 'sent' }), record('r0', 'Anna', 90)], periodAt);
    expect(stored).toMatchObject({ periodId: 'p1', status: 'sent' });
    expect(older).toMatchObject({ periodId: 'recomputed', status: 'sent' });
    expect(awayLogEntries([record('r0', 'Anna', 90)], () => null)[0]!.periodId).toBe('open');
  });
});
