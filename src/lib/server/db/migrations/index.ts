// Every migration, in order. Names sort in the order they run; a new feature (classroom sessions,
// results) adds the next file here and never edits an earlier one.
import type { Migration } from 'kysely';
import * as accountsAndSets from './0001-accounts-and-sets';
import * as classroom from './0010-classroom';

export const migrations: Record<string, Migration> = {
	'0001-accounts-and-sets': accountsAndSets,
	'0010-classroom': classroom
};
