// Placeholder entry: replaced by the full stage within the hour.
import { queryToOptions } from './options.ts';
const options = queryToOptions(location.search);
(window as unknown as { __stage: unknown }).__stage = { ready: Promise.resolve(), options };
