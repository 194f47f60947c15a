import { describe, expect, it } from 'vitest';
import { coverageProblems, factsIn, formatCoverage, passageCoverage } from './coverage';
import { loadPackDir } from './disk';
import type { Citation, Pack, Passage, Question } from './types';

describe('factsIn', () => {
	it.each([
		[
			'the Supreme Court of Russia, on April 17, ruled to remove the Taliban from its list. This decision, is grounded in legislative amendments under Federal Law No. 513-FZ, passed on December 28, 2024.',
			['Supreme Court of Russia', 'April 17', 'Federal Law', '513-FZ', 'December 28, 2024']
		],
		[
			'Russia aims to increase bilateral trade with Afghanistan to $3 billion in 2025, with a target of $10 billion by 2030, as stated by Rustam Khabibullin, head of the Russian Business Center in Afghanistan, in August 2024.',
			['$3 billion', '2025', '$10 billion', '2030', 'Rustam Khabibullin', 'Russian Business Center', 'August 2024']
		],
		[
			'Just six days after the ruling, the March 2024 attack claimed nearly 150 lives.',
			['six days', 'March 2024', '150 lives']
		],
		[
			'Russia has hosted delegations at the St. Petersburg International Economic Forum in 2022 and 2024.',
			['St. Petersburg International Economic Forum', '2022', '2024']
		],
		[
			'In May 2024, Russia’s Foreign and Justice Ministries jointly recommended to President Vladimir Putin that it act.',
			['May 2024', 'Russia’s Foreign and Justice Ministries', 'President Vladimir Putin']
		],
		[
			'fighters stemming from the Soviet-Afghan War of the 1980s, and Daesh-Khorasan’s propaganda',
			['Soviet-Afghan War', '1980s', 'Daesh-Khorasan']
		]
	])('finds the dates, names and figures in %j', (text, expected) => {
		expect(factsIn(text)).toEqual(expected);
	});

	it.each([
		['The Supreme Court ruled.', ['Supreme Court']],
		['Russian Ambassador Dmitry Zhirnov was the first.', ['Russian Ambassador Dmitry Zhirnov']],
		['Notably China and Kazakhstan agreed.', []],
		['Relations between Moscow and Kabul grew.', []],
		['The Taliban has controlled Afghanistan since then.', []]
	])('leaves out an ordinary word that opens a sentence, and single names: %j', (text, expected) => {
		expect(factsIn(text)).toEqual(expected);
	});

	it.each([
		['instability serves no one’s interests', []],
		['one of the reasons', []],
		['May the court rule on it?', []],
		['Moscow may act in May 2024 or on May 5.', ['May 2024', 'May 5']],
		['This article explores the backdrop of the decision.', []]
	])('does not take a number word or the verb "may" for a figure or a date: %j', (text, expected) => {
		expect(factsIn(text)).toEqual(expected);
	});

	it('lists a fact that occurs twice only once', () => {
		expect(factsIn('Central Asia matters; Central Asia is near.')).toEqual(['Central Asia']);
	});
});

const passage = (id: string, text: string): Passage => ({ id, section: null, text });

function question(id: string, sources: Citation[]): Question {
	return {
		id,
		topic: 't',
		difficulty: 1,
		prompt: 'p',
		explanation: 'e',
		tags: [],
		sources,
		version: 'v',
		type: 'true-false',
		answer: true
	};
}

function pack(passages: Passage[], questions: Question[]): Pack {
	const source = { title: null, author: null, publisher: null, date: null, url: null, licence: null, note: null };
	return { id: 'p', title: 'P', language: 'en', source, topics: [], passages, questions };
}

describe('passageCoverage', () => {
	const fixture = pack(
		[
			passage('ruling', 'The court ruled on April 17.'),
			passage('figures', 'Trade may reach $3 billion in 2025.'),
			passage('scope', 'This article explores the backdrop.')
		],
		[
			question('q1', [
				{ passage: 'ruling', quote: 'April 17' },
				{ passage: 'ruling', quote: 'The court ruled' }
			]),
			question('q2', [{ passage: 'ruling', quote: 'ruled' }])
		]
	);
	const report = passageCoverage(fixture);

	it('reports every passage in article order with the questions that cite it, each once', () => {
		expect(report.map((c) => [c.passage.id, c.citedBy])).toEqual([
			['ruling', ['q1', 'q2']],
			['figures', []],
			['scope', []]
		]);
	});

	it('flags a passage with facts that no question cites, and not one without facts', () => {
		expect(report.map((c) => [c.passage.id, c.facts, c.flagged])).toEqual([
			['ruling', ['April 17'], false],
			['figures', ['$3 billion', '2025'], true],
			['scope', [], false]
		]);
	});

	it('prints one line per passage, the flag, and a summary', () => {
		expect(formatCoverage(report)).toMatchInlineSnapshot(`
			"ruling   cited by  2  facts: April 17
			figures  cited by  0  facts: $3 billion; 2025  NOT CITED
			scope    cited by  0  facts: -
			3 passages, 1 cited, 1 with facts not cited"
		`);
	});

	it('lists each flagged passage as a problem saying what it states and how to fix it', () => {
		expect(coverageProblems(report)).toEqual([
			{
				passage: 'figures',
				message:
					'passage "figures" states $3 billion; 2025 but no question cites it; add a question whose sources quote it'
			}
		]);
	});
});

describe('the first pack', () => {
	it('cites every passage that carries a date, name or figure', () => {
		const { pack: loaded } = loadPackDir('questions/russia-taliban-delisting');
		expect(loaded).not.toBeNull();
		expect(coverageProblems(passageCoverage(loaded as Pack))).toEqual([]);
	});
});
