/**
 * Test builds only: makes the next N data writes fail as a full disk does (IndexedDB's
 * QuotaExceededError), so e2e tests can prove the refusal reaches the user instead of being lost
 * silently (docs/security.md). Called from the background's test hooks; the store build drops it
 * (every caller sits behind `import.meta.env.MODE === 'test'`).
 */
let remaining = 0;

export function simulateStorageFull(writes: number): void {
  remaining = Math.max(0, Math.floor(writes));
}

/** Throws the browser's quota error when a simulated refusal is due. */
export function refuseWriteIfSimulatedFull(): void {
  if (remaining <= 0) return;
  remaining--;
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}
