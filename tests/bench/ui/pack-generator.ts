// A large pack made up in memory, as an author would write it: an article of numbered facts and
// banks that mix all eight question types, each citing a sentence of the article word for word and
// grounding its key in those words, so the loader does all of its work and finds nothing wrong.
import { stringify } from 'yaml';
import { QUESTION_TYPES, type QuestionInput } from '../../../src/lib/content/schema';

export const GENERATED_PACK_ID = 'generated-pack';

export interface GeneratedPack {
	/** File contents by path relative to the pack folder. */
	files: Map<string, string>;
	questionCount: number;
	passageCount: number;
}

export interface PackSize {
	questions: number;
	passages: number;
	/** Questions per bank file; banks are split the way a large pack would be. */
	perBank?: number;
}

interface Fact {
	passage: string;
	place: string;
	thing: string;
	count: number;
	year: number;
	sentence: string;
}

const SYLLABLES = ['Al', 'Bor', 'Cad', 'Dun', 'El', 'Far', 'Gor', 'Hal', 'Ist', 'Jor', 'Kel', 'Lun'];
const ENDINGS = ['ford', 'mere', 'wick', 'holm', 'stead', 'burg', 'vale', 'more', 'ton', 'ley'];
const THINGS = ['bridges', 'schools', 'wells', 'clinics', 'markets', 'libraries', 'ferries', 'mills', 'farms'];
const SENTENCES_PER_PASSAGE = 6;
const TOPICS = ['history', 'economy', 'people', 'places', 'figures'];

const placeName = (n: number) =>
	SYLLABLES[n % SYLLABLES.length] + ENDINGS[Math.floor(n / SYLLABLES.length) % ENDINGS.length];

function makeFacts(passages: number): Fact[][] {
	return Array.from({ length: passages }, (_, p) =>
		Array.from({ length: SENTENCES_PER_PASSAGE }, (_, s) => {
			const n = p * SENTENCES_PER_PASSAGE + s;
			const place = placeName(n);
			const thing = THINGS[n % THINGS.length];
			// Counts start above any year-sized number's reach and never repeat a year, so a
			// numeric key is found in its quote as itself and nothing else.
			const count = 12 + ((n * 7) % 83);
			const year = 1900 + (n % 120);
			const sentence = `In ${year} the council of ${place} reported ${count} working ${thing}, more than any neighbour had.`;
			return { passage: `passage-${p + 1}`, place, thing, count, year, sentence };
		})
	);
}

function article(facts: Fact[][]): string {
	const out: string[] = [];
	facts.forEach((sentences, p) => {
		if (p % 10 === 0) out.push(`## Part ${p / 10 + 1}`, '');
		out.push(`<!-- #${sentences[0].passage} -->`, sentences.map((f) => f.sentence).join(' '), '');
	});
	return out.join('\n');
}

function question(i: number, f: Fact, other: Fact): QuestionInput {
	const common = {
		id: `q-${i + 1}`,
		difficulty: ((i % 3) + 1) as 1 | 2 | 3,
		explanation: `The article says that ${f.place} reported ${f.count} working ${f.thing} in ${f.year}.`,
		tags: [f.thing],
		sources: [{ passage: f.passage, quote: f.sentence }]
	};
	const type = QUESTION_TYPES[i % QUESTION_TYPES.length];
	switch (type) {
		case 'single-choice':
			return {
				...common,
				type,
				prompt: `How many working ${f.thing} did ${f.place} report in ${f.year}?`,
				options: [0, 1, 2, 3].map((d) => ({
					text: String(f.count + d),
					correct: d === 0,
					...(d ? { feedback: `The article gives ${f.count}, not ${f.count + d}.` } : {})
				}))
			};
		case 'multiple-response':
			return {
				...common,
				type,
				prompt: `Which of these does the article say about ${f.place}?`,
				options: [
					{ text: `It reported ${f.count} ${f.thing}`, correct: true },
					{ text: `It reported them in ${f.year}`, correct: true },
					{ text: `It reported them in ${f.year + 1}` },
					{ text: `It had fewer ${f.thing} than a neighbour` }
				]
			};
		case 'true-false':
			return { ...common, type, prompt: `${f.place} reported ${f.count} working ${f.thing}.`, answer: true };
		case 'ordering':
			return {
				...common,
				type,
				prompt: 'Put the parts of the sentence in the order the article gives them.',
				items: [{ text: `In ${f.year}` }, { text: `the council of ${f.place}` }, { text: `reported ${f.count}` }]
			};
		case 'matching':
			return {
				...common,
				type,
				prompt: 'Match each question to the answer the article gives.',
				pairs: [
					{ left: 'Where?', right: f.place },
					{ left: 'What?', right: f.thing },
					{ left: 'When?', right: String(f.year) }
				],
				distractors: other.place === f.place ? [] : [other.place]
			};
		case 'numeric':
			return {
				...common,
				type,
				prompt: `How many working ${f.thing} did ${f.place} report?`,
				answer: f.count,
				wrongAnswers: [{ value: f.count + 10, feedback: 'That is ten too many.' }]
			};
		case 'short-text':
			return {
				...common,
				type,
				prompt: `Which council reported ${f.count} working ${f.thing} in ${f.year}?`,
				accepted: [f.place],
				wrongAnswers:
					other.place === f.place ? [] : [{ text: other.place, feedback: `${other.place} is another council.` }]
			};
		case 'cloze':
			return {
				...common,
				type,
				prompt: 'Complete the sentence.',
				text: `In ${f.year} the council of {{place}} reported ${f.count} working {{thing}}.`,
				blanks: [
					{ id: 'place', accepted: [f.place] },
					{ id: 'thing', accepted: [f.thing], choices: [...new Set([f.thing, ...THINGS.slice(0, 3)])] }
				]
			};
	}
}

export function generatePack({ questions, passages, perBank = 500 }: PackSize): GeneratedPack {
	if (!Number.isInteger(questions) || questions < 1) throw new RangeError(`questions must be a whole number ≥ 1`);
	if (!Number.isInteger(passages) || passages < 1) throw new RangeError(`passages must be a whole number ≥ 1`);
	const facts = makeFacts(passages);
	const flat = facts.flat();
	const all = Array.from({ length: questions }, (_, i) =>
		question(i, flat[i % flat.length], flat[(i + 1) % flat.length])
	);
	const files = new Map<string, string>();
	const banks: string[] = [];
	for (let start = 0, b = 0; start < all.length; start += perBank, b++) {
		const path = `banks/bank-${b + 1}.yaml`;
		banks.push(path);
		files.set(path, stringify({ topic: TOPICS[b % TOPICS.length], questions: all.slice(start, start + perBank) }));
	}
	files.set(
		'pack.yaml',
		stringify({
			id: GENERATED_PACK_ID,
			title: 'A generated pack',
			language: 'en',
			source: { title: null, author: null, publisher: null, date: null, url: null, licence: null, note: null },
			article: 'article.md',
			topics: TOPICS.map((id) => ({ id, title: id[0].toUpperCase() + id.slice(1) })),
			banks
		})
	);
	files.set('article.md', article(facts));
	return { files, questionCount: questions, passageCount: passages };
}
