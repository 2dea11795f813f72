/**
 * Reply templates in the compose box (issue #5): a button beside the editor, "/" in an empty compose
 * box and Alt+Shift+T open the picker; the chosen template is filled for the open chat and inserted
 * through the editor's own input path (adapter.composer.insertText) — never sent. Templates are managed
 * in the options page (Textvorlagen). docs/templates.md.
 */
import { getDataClient } from '../../../../utils/messaging/content-client.ts';
import { uiLanguage } from '../../../../utils/i18n.ts';
import { defineFeature, type FeatureContext } from '../registry.ts';
import { applyTheme } from '../chat-marks/styles.ts';
import { mountComposeButton } from './compose-button.ts';
import { fillTemplate, templateFields } from './fill.ts';
import { listenForOpenKeys } from './open-keys.ts';
import { TemplatePicker } from './picker.ts';
import { ensureTemplateButtonStyle } from './styles.ts';
import { createTemplateStore } from './template-store.ts';

export default defineFeature({
  id: 'templates',
  needs: ['compose-box'],
  start(ctx: FeatureContext) {
    const { adapter, signal, t, log } = ctx;
    const client = getDataClient();
    const report = (error: unknown) => log.warn(error);
    const store = createTemplateStore(client, uiLanguage, signal, report);
    ensureTemplateButtonStyle();
    applyTheme(adapter.theme());

    const source = () => ({ chat: adapter.currentChat(), company: store.company(), now: new Date() });
    const focusComposer = () => {
      const box = adapter.part('compose-box');
      if (box instanceof HTMLElement) box.focus();
    };

    const picker = new TemplatePicker(
      document,
      {
        t,
        theme: () => adapter.theme(),
        anchor: () => adapter.part('compose-box'),
        search: () => (store.ready() ? store.search() : null),
        fill: (template, values) => fillTemplate(template, source(), values),
        fields: (template) => templateFields(template, source()),
        insert: async (template, text) => {
          const result = await adapter.composer.insertText(text);
          if (!result.ok) {
            log.warn('insert failed', result.reason, result.method);
            return false;
          }
          client.request('recordTemplateUse', { id: template.id }).catch(report);
          return true;
        },
        onToggle: (open) => button.setExpanded(open),
        restoreFocus: focusComposer,
        addPack: (pack) =>
          client.request('addTemplatePack', { pack }).then(
            () => true,
            (error: unknown) => {
              report(error);
              return false;
            },
          ),
      },
      signal,
    );

    store.onChange(ctx.guard(() => picker.templatesChanged()));

    const open = ctx.guard(() => {
      if (!adapter.currentChat()) return;
      applyTheme(adapter.theme());
      picker.open();
    });
    const button = mountComposeButton(
      adapter,
      t('templates_open_button'),
      ctx.guard(() => (picker.isOpen ? picker.close(true) : open())),
      signal,
    );
    listenForOpenKeys(adapter, () => open(), signal);
    // A chat switch takes the picker's chat away: close it rather than fill for the wrong customer.
    adapter.onConversation((event) => {
      if (event.change === 'switched' || event.change === 'opened' || event.change === 'closed') picker.close(false);
    }, signal);
  },
});
