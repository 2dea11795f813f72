/**
 * Notes per chat (issue #6, point 3): a plain-text note for each chat, opened from the conversation
 * header, saved as you type (debounced; written at once on chat switch, blur, close and pagehide), so
 * nothing is lost on a switch or a reload. The header button shows whether the chat has a note.
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import { getDataClient } from '../../../../utils/messaging/content-client.ts';
import type { CurrentChat } from '../../../../utils/whatsapp/identity.ts';
import { clearHeaderSlot, watchHeader } from '../chat-marks/header-marks.ts';
import { chatKeyCandidates, useChatMarks } from '../chat-marks/live-data.ts';
import { applyTheme, ensureChatMarksStyle } from '../chat-marks/styles.ts';
import { defineFeature, type FeatureContext } from '../registry.ts';
import { renderNotesButton } from './header-button.ts';
import { NoteSaver } from './note-saver.ts';
import { NotesPanel } from './notes-panel.ts';
import { NotesStore } from './notes-store.ts';
import { listen } from '../../ui/listen.ts';

export default defineFeature({
  id: 'notes',
  needs: ['conversation-header'],
  start(ctx: FeatureContext) {
    const { adapter, signal, t, log } = ctx;
    const client = getDataClient();
    const report = (error: unknown) => log.warn(error);
    ensureChatMarksStyle();
    applyTheme(adapter.theme());
    const marks = useChatMarks(signal, report);
    const notes = new NotesStore(client, signal, report);
    /** The chat the open panel shows (null: closed). */
    let shown: CurrentChat | null = null;

    /** Where this chat's note is: the key that already holds one, else the adapter's key. */
    const keyFor = (chat: CurrentChat): ChatKey => notes.keyWithNote(chatKeyCandidates(chat.key, chat.title, marks.current())) ?? chat.key;
    const hasNote = (chat: CurrentChat): boolean => {
      const unsaved = saver.unsaved(keyFor(chat));
      return unsaved !== undefined ? unsaved.trim() !== '' : notes.keyWithNote(chatKeyCandidates(chat.key, chat.title, marks.current())) !== undefined;
    };

    const saver = new NoteSaver({
      client,
      signal,
      onState: (state, key) => {
        if (shown && keyFor(shown) === key) panel.setState(state);
      },
      onSaved: (key, text) => {
        notes.remember(key, text);
        renderHeader();
      },
      onError: report,
    });

    const placePanel = () => {
      const header = adapter.part('conversation-header');
      panel.place(header && header.isConnected ? header.getBoundingClientRect() : null, adapter.theme());
    };
    const load = (chat: CurrentChat, focus: boolean) => {
      shown = chat;
      const key = keyFor(chat);
      placePanel();
      panel.show(chat.title, saver.unsaved(key) ?? notes.text(key) ?? '', focus);
    };
    const close = (returnFocus: boolean) => {
      void saver.flush();
      shown = null;
      panel.hide();
      const button = renderHeader();
      if (returnFocus) button?.focus();
    };
    const toggle = ctx.guard(() => {
      const chat = adapter.currentChat();
      if (shown || !chat) close(false);
      else load(chat, true);
      renderHeader();
    });

    const panel = new NotesPanel({
      t,
      signal,
      onInput: ctx.guard((text: string) => {
        const chat = adapter.currentChat();
        // The key is looked up per keystroke: the chat's records may have moved to its JID meanwhile.
        if (chat) saver.change(keyFor(chat), text);
        renderHeader();
      }),
      onBlur: () => void saver.flush(),
      onClose: ctx.guard(() => close(true)),
    });

    const renderHeader = (): HTMLButtonElement | null => {
      const chat = adapter.currentChat();
      if (!chat) return null;
      return renderNotesButton(adapter, { hasNote: hasNote(chat), open: shown !== null }, t, toggle);
    };
    watchHeader(
      adapter,
      signal,
      ctx.guard(() => {
        renderHeader();
        if (shown) placePanel();
      }),
    );

    adapter.onConversation(({ chat, change }) => {
      if (!shown) return;
      if (!chat) {
        close(false);
        return;
      }
      if (change === 'opened' || change === 'switched') {
        void saver.flush(); // the pending text keeps the key it was typed for
        load(chat, false);
      } else {
        shown = chat;
        placePanel();
      }
    }, signal);

    // A change made elsewhere (options page, a backup, another tab) shows unless the user is typing here.
    notes.onChange(
      ctx.guard(() => {
        renderHeader();
        if (shown && !panel.hasFocus && saver.unsaved(keyFor(shown)) === undefined) load(shown, false);
      }),
      signal,
    );

    listen(window, 'pagehide', () => void saver.flush(), { signal });
    listen(document, 'visibilitychange', () => void (document.visibilityState === 'hidden' && saver.flush()), { signal });
    listen(window, 'resize', ctx.guard(() => shown && placePanel()), { signal });
    signal.addEventListener('abort', () => clearHeaderSlot(document, 'notes'), { once: true });
  },
});
