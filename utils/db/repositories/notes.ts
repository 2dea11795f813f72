/** One plain-text note per chat, saved as the user types. */
import { z } from 'zod';
import { parseInput } from '../errors.ts';
import { LIMITS, chatKey, type NoteRecord } from '../records.ts';
import type { ZettelDatabase } from '../schema.ts';
import { now } from './clock.ts';

export const saveNoteInput = z.strictObject({ chatKey, text: z.string().max(LIMITS.noteText) });
export const noteKeyInput = z.strictObject({ chatKey });

/** Saving blank text deletes the note, so "has a note" means there is something to read. */
export async function saveNote(db: ZettelDatabase, input: z.input<typeof saveNoteInput>): Promise<NoteRecord | null> {
  const { chatKey: key, text } = parseInput(saveNoteInput, input);
  return db.transaction('rw', db.notes, async () => {
    if (text.trim() === '') {
      await db.notes.delete(key);
      return null;
    }
    const record: NoteRecord = { chatKey: key, text, updatedAt: now() };
    await db.notes.put(record);
    return record;
  });
}

export async function getNote(db: ZettelDatabase, input: z.input<typeof noteKeyInput>): Promise<NoteRecord | null> {
  const { chatKey: key } = parseInput(noteKeyInput, input);
  return (await db.notes.get(key)) ?? null;
}

export async function listNotes(db: ZettelDatabase): Promise<NoteRecord[]> {
  return db.notes.orderBy('updatedAt').reverse().toArray();
}
