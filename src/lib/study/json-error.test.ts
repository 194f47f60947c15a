import { describe, expect, it } from 'vitest';
import { findJsonError } from './json-error';

describe('finding where a text stops being JSON', () => {
	it.each(['{}', ' [1, -2.5e3, "a\\"b\\u00e9", true, false, null, {"x": [ ]}] ', '"just text"', '0'])(
		'finds nothing wrong in %j, which JSON.parse accepts',
		(s) => {
			expect(() => JSON.parse(s)).not.toThrow();
			expect(findJsonError(s)).toBeNull();
		}
	);

	it.each([
		['{"a": 1,}', 8, 'expected a name in double quotes but found "}"'],
		['[1, 2', 5, 'expected "," or "]" but found the end of the file'],
		['{"a" 1}', 5, 'expected ":" but found "1"'],
		['[01]', 2, 'expected "," or "]" but found "1"'],
		['"\\x"', 2, '"\\x" is not an escape JSON knows'],
		['"\\u12"', 2, '"\\u" must be followed by four hex digits'],
		['"open', 5, 'text in quotes is not closed before the end of the file'],
		["{'a': 1}", 1, 'expected a name in double quotes but found "\'"'],
		['[tru]', 1, 'expected a value but found "t"'],
		['-', 0, 'expected a number but found "-"']
	])('points at the first error in %j, which JSON.parse refuses', (s, position, message) => {
		expect(() => JSON.parse(s)).toThrow();
		expect(findJsonError(s)).toEqual({ position, message });
	});
});
