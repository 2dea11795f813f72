/**
 * "Speicher voll" / "Storage full" (issue 10, docs/security.md): when the browser refuses a write for
 * lack of space, whichever feature made it, a visible message says that the change was NOT saved —
 * a firm must not believe a flag or note is stored when it is not. One message at a time, at the top
 * of the page, `role="alert"`, until dismissed. Needs no WhatsApp part: it works even when the page changed.
 */
import { onDataRequestError } from '../../../../utils/messaging/content-client.ts';
import { defineFeature, type FeatureContext } from '../registry.ts';
import { showStorageAlert } from './storage-alert-view.ts';

export default defineFeature({
  id: 'storage-alert',
  needs: [],
  start(ctx: FeatureContext) {
    onDataRequestError(
      ctx.guard((error) => {
        if (error.code !== 'storage-full') return;
        showStorageAlert(document, { message: ctx.t('safety_storageFull'), dismissLabel: ctx.t('safety_storageFullDismiss'), theme: ctx.adapter.theme(), signal: ctx.signal });
      }),
      ctx.signal,
    );
  },
});
