/**
 * The opening-hours chip in Zettel's side strip (data-zettel="hours-status"): "Geöffnet bis 17:00",
 * "Geschlossen – öffnet Mo. 7:00". One timer, set for the next moment its text can change
 * (nextDisplayUpdate: the next open/closed flip or midnight), not polling.
 */
import { formatStatus, nextDisplayUpdate, statusAt, statusWords } from '../../../../utils/hours/index.ts';
import { uiLanguage } from '../../../../utils/i18n.ts';
import { mountInSideStrip } from '../../ui/side-strip.ts';
import { defineFeature } from '../registry.ts';
import { atHoursTime, hoursNow, onHoursClockChange } from './clock.ts';
import { ensureHoursStyle } from './styles.ts';
import { watchHours, type LiveHours } from './live-hours.ts';

export default defineFeature({
  id: 'hours-status',
  needs: ['chat-list'],
  start(ctx) {
    const locale = uiLanguage();
    const words = statusWords(ctx.t);
    ensureHoursStyle();
    const host = mountInSideStrip(ctx, { slot: 'toolbar', id: 'hours-status', order: 20 });
    const chip = document.createElement('span');
    chip.dataset.zettel = 'hours-status';
    chip.className = 'zt-hours-chip';
    chip.setAttribute('role', 'status');
    chip.title = ctx.t('hours_chipTitle');
    chip.hidden = true;
    host.append(chip);

    let live: LiveHours | null = null;
    let cancelTimer: (() => void) | null = null;

    const render = ctx.guard(() => {
      cancelTimer?.();
      cancelTimer = null;
      if (!live) return;
      chip.hidden = false;
      if (!live.hours) {
        chip.dataset.state = 'invalid';
        chip.textContent = ctx.t('hours_chipInvalid');
        return;
      }
      const now = hoursNow();
      const status = statusAt(live.hours, now);
      chip.dataset.state = status.open ? 'open' : 'closed';
      chip.textContent = formatStatus(status, now, locale, words);
      cancelTimer = atHoursTime(nextDisplayUpdate(live.hours, now), render, ctx.signal);
    });

    watchHours(
      locale,
      ctx.signal,
      (next) => {
        live = next;
        render();
      },
      (error) => ctx.log.warn('settings', error),
    );
    onHoursClockChange(render, ctx.signal);
  },
});
