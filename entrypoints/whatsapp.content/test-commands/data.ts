import { registerTestCommand } from '../test-bridge.ts';

/** Test commands of the data layer (messaging client). Filled in by the data-layer work. */
export function registerDataTestCommands(): void {
  registerTestCommand('ping', () => 'pong');
}
