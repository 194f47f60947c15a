// The learner's study settings: checked the same way whether they come from the settings form or
// from an imported history file.
import { at, isoDate, nullable, number, object, Problems } from './guards';
import { DEFAULT_SETTINGS, NEW_PER_DAY_MAX, RETENTION_RANGE, type StudySettings } from './types';

export type SettingsPatch = Partial<Pick<StudySettings, 'desiredRetention' | 'newPerDay' | 'dayStartsAt'>>;

function readField(p: Problems, key: keyof SettingsPatch, v: unknown, path: string): number | undefined {
	switch (key) {
		case 'desiredRetention':
			return number(p, v, path, RETENTION_RANGE);
		case 'newPerDay':
			return number(p, v, path, { min: 0, max: NEW_PER_DAY_MAX, integer: true });
		default:
			return number(p, v, path, { min: 0, max: 23, integer: true });
	}
}

const KEYS: readonly (keyof SettingsPatch)[] = ['desiredRetention', 'newPerDay', 'dayStartsAt'];

/** The problems with a change of settings, each as "field: what is wrong"; empty when it is fine. */
export function checkSettingsPatch(patch: Record<string, unknown>): string[] {
	const p = new Problems();
	for (const key of Object.keys(patch)) {
		if (!(KEYS as readonly string[]).includes(key)) p.add(key, `not a setting; the settings are ${KEYS.join(', ')}`);
		else readField(p, key as keyof SettingsPatch, patch[key], key);
	}
	return p.list;
}

export function readSettings(p: Problems, v: unknown, path: string): StudySettings | undefined {
	const o = object(p, v, path);
	if (!o) return undefined;
	const before = p.count;
	const s: StudySettings = { ...DEFAULT_SETTINGS };
	for (const key of KEYS) {
		const value = readField(p, key, o[key], at(path, key));
		if (value !== undefined) s[key] = value;
	}
	s.updatedAt = nullable(o.updatedAt, (x) => isoDate(p, x, at(path, 'updatedAt'))) ?? null;
	return p.count === before ? s : undefined;
}
