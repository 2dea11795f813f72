/**
 * The options page's sections, in navigation order. A later feature adds its section here (labels,
 * templates, opening hours …): an id for the URL hash, a _locales key for its title, its component.
 */
import type { ComponentType } from 'react';
import { FeaturesSection } from '../../components/options/features/FeaturesSection.tsx';
import { FlagSettingsSection } from '../../components/options/flags/FlagSettingsSection.tsx';
import { LabelsSection } from '../../components/options/labels/LabelsSection.tsx';
import { LanguageSection } from '../../components/options/general/LanguageSection.tsx';
import { PrivacySection } from '../../components/options/privacy/PrivacySection.tsx';
import { ReminderSettingsSection } from '../../components/options/reminders/ReminderSettingsSection.tsx';
import { SyncSection } from '../../components/options/sync/SyncSection.tsx';
import { BackupSection } from './BackupSection.tsx';
import { HoursSection } from './hours/HoursSection.tsx';
import { TemplatesSection } from './templates/TemplatesSection.tsx';

export interface OptionsSection {
  id: string;
  titleKey: string;
  Component: ComponentType;
}

export const optionsSections: readonly OptionsSection[] = [
  { id: 'backup', titleKey: 'options_section_backup', Component: BackupSection },
  { id: 'flags', titleKey: 'flag_options_section', Component: FlagSettingsSection },
  { id: 'labels', titleKey: 'label_options_section', Component: LabelsSection },
  { id: 'reminders', titleKey: 'reminders_options_section', Component: ReminderSettingsSection },
  { id: 'templates', titleKey: 'templates_options_section', Component: TemplatesSection },
  { id: 'hours', titleKey: 'hours_options_section', Component: HoursSection },
  { id: 'sync', titleKey: 'options_section_sync', Component: SyncSection },
  { id: 'features', titleKey: 'options_section_features', Component: FeaturesSection },
  { id: 'language', titleKey: 'options_section_language', Component: LanguageSection },
  { id: 'privacy', titleKey: 'options_section_privacy', Component: PrivacySection },
];
