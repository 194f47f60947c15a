// Where a text stops being JSON, in the same words in every browser: JSON.parse says only that it
// failed, each engine in its own way, and some without a position.

export interface JsonSyntaxError {
	/** Offset of the first character that cannot be JSON. */
	position: number;
	message: string;
}

class Stop {
	constructor(readonly error: JsonSyntaxError) {}
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** The first syntax error in `s`, or null when `s` is JSON. */
export function findJsonError(s: string): JsonSyntaxError | null {
	let i = 0;
	const fail = (message: string): never => {
		throw new Stop({ position: i, message });
	};
	const found = () => (i >= s.length ? 'the end of the file' : JSON.stringify(s[i]));
	const expected = (what: string) => fail(`expected ${what} but found ${found()}`);
	const ws = () => {
		while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r') i++;
	};

	function text(): void {
		i++;
		while (i < s.length) {
			const c = s[i];
			if (c === '"') return void i++;
			if (c < ' ') fail('a line break or control character inside quotes');
			if (c !== '\\') {
				i++;
				continue;
			}
			i++;
			if (s[i] === 'u') {
				HEX4.lastIndex = i + 1;
				if (!HEX4.test(s)) fail('"\\u" must be followed by four hex digits');
				i += 5;
			} else if (i < s.length && '"\\/bfnrt'.includes(s[i])) i++;
			else if (i < s.length) fail(`"\\${s[i]}" is not an escape JSON knows`);
		}
		fail('text in quotes is not closed before the end of the file');
	}

	function value(): void {
		ws();
		const c = s[i];
		if (c === '{') return members();
		if (c === '[') return elements();
		if (c === '"') return text();
		if (c === '-' || (c >= '0' && c <= '9')) {
			NUMBER.lastIndex = i;
			const m = NUMBER.exec(s);
			if (!m) return expected('a number');
			i += m[0].length;
			return;
		}
		for (const word of ['true', 'false', 'null']) if (s.startsWith(word, i)) return void (i += word.length);
		expected('a value');
	}

	function members(): void {
		i++;
		ws();
		if (s[i] === '}') return void i++;
		for (;;) {
			ws();
			if (s[i] !== '"') expected('a name in double quotes');
			text();
			ws();
			if (s[i] !== ':') expected('":"');
			i++;
			value();
			ws();
			if (s[i] === '}') return void i++;
			if (s[i] !== ',') expected('"," or "}"');
			i++;
		}
	}

	function elements(): void {
		i++;
		ws();
		if (s[i] === ']') return void i++;
		for (;;) {
			value();
			ws();
			if (s[i] === ']') return void i++;
			if (s[i] !== ',') expected('"," or "]"');
			i++;
		}
	}

	try {
		value();
		ws();
		if (i < s.length) expected('the end of the file');
		return null;
	} catch (e) {
		if (e instanceof Stop) return e.error;
		// Nesting deeper than the stack: the caller falls back to the engine's own message.
		return null;
	}
}
