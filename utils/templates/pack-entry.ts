/** The shape the template packs are written in; pack.ts turns entries into templates. */
import type { TemplateFormality } from './model.ts';

export interface PackEntry {
  /** Stable forever: part of the template id, so seeding again finds what it seeded before. */
  key: string;
  formality?: TemplateFormality;
  title: string;
  body: string;
  tags: string[];
  shortcut: string;
}
