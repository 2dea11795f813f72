/**
 * Every user feature, one file each (DESIGN §6). None exists yet in "[1/10] Foundation": later issues
 * add theirs here.
 */
import awayReply from './away-reply/index.ts';
import flags from './flags/index.ts';
import hoursStatus from './hours-status/index.ts';
import labels from './labels/index.ts';
import notes from './notes/index.ts';
import overview from './overview/index.ts';
import markers from './markers/index.ts';
import pageCommands from './page-commands/index.ts';
import pins from './pins/index.ts';
import reminders from './reminders/index.ts';
import storageAlert from './storage-alert/index.ts';
import templates from './templates/index.ts';
import type { FeatureDefinition } from './registry.ts';

export const FEATURES: readonly FeatureDefinition[] = [flags, labels, reminders, pageCommands, pins, hoursStatus, awayReply, templates, markers, notes, overview, storageAlert];
