/**
 * Every user feature, one folder each (DESIGN §6), in start order. Each one can be switched off by the
 * user (options › Funktionen; utils/features/catalogue.ts lists the same ids for that page), and
 * tests/unit/meta/features.test.ts asks each for its README row, docs page, e2e spec and documented hooks.
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
