import { describe, expect, it } from 'vitest';
import { formatReport, Reporter } from './report';

describe('formatReport', () => {
	const entries = new Reporter();
	entries.warn('no general feedback', { line: 12, questionId: 'grant' });
	entries.info('a description is not a question', { line: 3 });
	entries.info('topic is not carried', { questionId: 'q1' });
	entries.info('once for the whole file');

	it('prints one entry per line with the file, line, question and level', () => {
		expect(formatReport(entries.entries, 'week.gift')).toMatchInlineSnapshot(`
			"week.gift:12  grant  warning: no general feedback
			week.gift:3  -  a description is not a question
			week.gift  q1  topic is not carried
			week.gift  -  once for the whole file"
		`);
	});

	it('names the line alone when no file is given', () => {
		expect(formatReport(entries.entries).split('\n')).toEqual([
			'line 12  grant  warning: no general feedback',
			'line 3  -  a description is not a question',
			'-  q1  topic is not carried',
			'-  -  once for the whole file'
		]);
	});

	it('prints nothing for an empty report', () => {
		expect(formatReport([], 'x.gift')).toBe('');
	});
});

describe('Reporter', () => {
	it('keeps only the position fields it was given', () => {
		const r = new Reporter();
		r.warn('a', { line: 1 });
		r.info('b');
		expect(r.entries).toEqual([
			{ message: 'a', level: 'warning', line: 1 },
			{ message: 'b', level: 'info' }
		]);
	});
});
