import { execFileSync } from 'node:child_process';
import { prepareStage } from '../stage/serve.ts';

/** Builds the test-mode extension for both browsers (unless told not to) and the stage bundle. */
export default async function globalSetup(): Promise<void> {
  if (!process.env.ZETTEL_SKIP_BUILD) {
    for (const args of [['build', '--mode', 'test'], ['build', '--mode', 'test', '-b', 'firefox']]) {
      execFileSync('npx', ['wxt', ...args], { stdio: 'inherit' });
    }
  }
  await prepareStage();
}
