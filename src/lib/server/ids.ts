import { randomUUID } from 'node:crypto';

/** Row ids are random UUIDs: portable (no auto-increment dialects) and not guessable in URLs. */
export const newId = (): string => randomUUID();
