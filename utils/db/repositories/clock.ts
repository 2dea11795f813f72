/** One place that reads the time, so tests can pin it with vi.setSystemTime. */
export function now(): number {
  return Date.now();
}

export function newId(): string {
  return crypto.randomUUID();
}
