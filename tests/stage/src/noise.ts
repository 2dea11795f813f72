/**
 * Background churn (option `noise`): the real page mutates all the time — "typing…" previews, header
 * subtitles — and S2 measured what that costs an observer. A random chat near the top of the list starts
 * typing every ~0.7 s and stops ~1.5 s later. Off by default so other tests stay deterministic.
 */
import type { Store } from './store.ts';

export function startNoise(store: Store): () => void {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const tick = setInterval(() => {
    const candidates = store.visible().slice(0, 15);
    const chat = candidates[Math.floor(Math.random() * candidates.length)];
    if (!chat || chat.typing) return;
    store.setTyping(chat.key, true);
    const stop = setTimeout(() => {
      timers.delete(stop);
      store.setTyping(chat.key, false);
    }, 1500);
    timers.add(stop);
  }, 700);
  return () => {
    clearInterval(tick);
    for (const timer of timers) clearTimeout(timer);
  };
}
