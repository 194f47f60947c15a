// One QTI 2.1 assessmentItem per question, scored as Footnote scores it (src/lib/quiz/scoring):
// every item is worth 1, partial credit is a share of it.
//
//   single-choice, true-false   choiceInteraction, the match_correct rule
//   multiple-response           choiceInteraction, the map_response rule: +1/k a right pick, -1/k a
//                               wrong one, bounded to 0..1 (right minus wrong over the k right)
//   ordering                    orderInteraction: the share of the longest run in the right order,
//                               listed order by order for up to 5 items, all-or-nothing above
//   matching                    matchInteraction, map_response: 1/n a right pair
//   numeric                     textEntryInteraction (float), equal within the tolerance
//   short-text                  textEntryInteraction (string), map_response ignoring case
//   cloze                       inline choice or text entry per blank: 1/n a right blank
//
// The rules are written out (the templates' own rules, then feedback), because feedback needs its
// own outcome: FEEDBACK collects the ids of the modalFeedback to show, the explanation always.
import type {
	ClozeQuestion,
	MatchingQuestion,
	MultipleResponseQuestion,
	NumericQuestion,
	OrderingQuestion,
	Passage,
	Question,
	ShortTextQuestion,
	SingleChoiceQuestion,
	TrueFalseQuestion
} from '../../content/types';
import { normalise } from '../../content/text';
import type { Reporter } from '../report';
import { inline, plain } from './html';
import { citedPassages } from './passages';
import { qtiIdentifier, XML_DECLARATION, xmlAttr, xmlText } from './xml';

export interface ItemContext {
	passages: ReadonlyMap<string, Passage>;
	report: Reporter;
}

export interface Item {
	identifier: string;
	xml: string;
}

interface Parts {
	responses: string;
	body: string;
	rules: string;
	feedback: { id: string; content: string }[];
}

const v = (id: string) => `<variable identifier="${id}"/>`;
const set = (id: string, expr: string) => `<setOutcomeValue identifier="${id}">${expr}</setOutcomeValue>`;
const num = (n: number) => `<baseValue baseType="float">${n}</baseValue>`;
const ident = (id: string) => `<baseValue baseType="identifier">${id}</baseValue>`;
const when = (cond: string, then: string, otherwise?: string) =>
	`<responseCondition><responseIf>${cond}${then}</responseIf>${otherwise ? `<responseElse>${otherwise}</responseElse>` : ''}</responseCondition>`;
const show = (expr: string) => set('FEEDBACK', `<multiple>${v('FEEDBACK')}${expr}</multiple>`);
const isNull = (id: string) => `<isNull>${v(id)}</isNull>`;
const matchCorrect = (id = 'RESPONSE') =>
	when(`<match>${v(id)}<correct identifier="${id}"/></match>`, set('SCORE', num(1)), set('SCORE', num(0)));
const mapResponse = (id = 'RESPONSE') =>
	when(isNull(id), set('SCORE', num(0)), set('SCORE', `<mapResponse identifier="${id}"/>`));
const values = (list: string[]) => list.map((x) => `<value>${x}</value>`).join('');
/** QTI wants at least one value in a correct response: a key with none (refused by the validator) gets none. */
const correctResponse = (list: string[]) => (list.length ? `<correctResponse>${values(list)}</correctResponse>` : '');
const never = '<baseValue baseType="boolean">false</baseValue>';

/** Distinct QTI identifiers for ids that may start with a digit or repeat. */
function identifiers(prefix: string, ids: string[]): string[] {
	const seen = new Set<string>();
	return ids.map((id, i) => {
		let out = qtiIdentifier(prefix, id);
		if (seen.has(out)) out = `${out}_${i + 1}`;
		seen.add(out);
		return out;
	});
}

export function buildItem(q: Question, identifier: string, ctx: ItemContext): Item {
	const parts = partsOf(q, ctx);
	const at = { questionId: q.id };
	const passages = citedPassages(q.sources, ctx.passages, ctx.report, q.id);
	if (q.uncited || q.sources.length === 0) ctx.report.info('has no citation yet, so its item carries no passage', at);
	const explanation = [
		`<p>${inline(q.explanation)}</p>`,
		q.derived ? `<p class="footnote-derived">${inline(q.derived)}</p>` : '',
		...q.sources.map((s) => `<p class="footnote-source">Source (${xmlText(s.passage)}): “${xmlText(s.quote)}”</p>`)
	].join('');
	const feedback = [...parts.feedback, { id: 'EXPLANATION', content: explanation }]
		.map(
			(f) =>
				`<modalFeedback outcomeIdentifier="FEEDBACK" identifier="${f.id}" showHide="show">${f.content}</modalFeedback>`
		)
		.join('\n');
	const title = plain(q.prompt).replace(/\s+/g, ' ').slice(0, 120);
	const xml = `${XML_DECLARATION}
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd" identifier="${identifier}" title="${xmlAttr(title)}" adaptive="false" timeDependent="false">
${parts.responses}
<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>
<outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>1</value></defaultValue></outcomeDeclaration>
<outcomeDeclaration identifier="FEEDBACK" cardinality="multiple" baseType="identifier"/>
<itemBody>${passages}${parts.body}</itemBody>
<responseProcessing>${parts.rules}${show(ident('EXPLANATION'))}</responseProcessing>
${feedback}
</assessmentItem>
`;
	return { identifier, xml };
}

function partsOf(q: Question, ctx: ItemContext): Parts {
	switch (q.type) {
		case 'single-choice':
		case 'multiple-response':
			return choice(q);
		case 'true-false':
			return trueFalse(q);
		case 'ordering':
			return ordering(q, ctx);
		case 'matching':
			return matching(q);
		case 'numeric':
			return numeric(q, ctx);
		case 'short-text':
			return shortText(q, ctx);
		case 'cloze':
			return cloze(q, ctx);
	}
}

function choice(q: SingleChoiceQuestion | MultipleResponseQuestion): Parts {
	const ids = identifiers(
		'c_',
		q.options.map((o) => o.id)
	);
	const correct = ids.filter((_, i) => q.options[i].correct);
	const single = q.type === 'single-choice';
	const k = correct.length || 1;
	const mapping = single
		? ''
		: `<mapping lowerBound="0" upperBound="1" defaultValue="0">${ids
				.map((id, i) => `<mapEntry mapKey="${id}" mappedValue="${(q.options[i].correct ? 1 : -1) / k}"/>`)
				.join('')}</mapping>`;
	const choices = q.options
		.map((o, i) => `<simpleChoice identifier="${ids[i]}">${inline(o.text)}</simpleChoice>`)
		.join('');
	return {
		responses: `<responseDeclaration identifier="RESPONSE" cardinality="${single ? 'single' : 'multiple'}" baseType="identifier">${correctResponse(correct)}${mapping}</responseDeclaration>`,
		body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="${single ? 1 : 0}"><prompt>${inline(q.prompt)}</prompt>${choices}</choiceInteraction>`,
		// The feedback of the chosen option (of every ticked one) applies: its modalFeedback has its id.
		rules: (single ? matchCorrect() : mapResponse()) + show(v('RESPONSE')),
		feedback: q.options.flatMap((o, i) => (o.feedback ? [{ id: ids[i], content: `<p>${inline(o.feedback)}</p>` }] : []))
	};
}

function trueFalse(q: TrueFalseQuestion): Parts {
	const feedback = (value: boolean) => q.feedback?.[value ? 'true' : 'false'];
	return {
		responses: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"><correctResponse><value>${q.answer ? 'c_true' : 'c_false'}</value></correctResponse></responseDeclaration>`,
		body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1"><prompt>${inline(q.prompt)}</prompt><simpleChoice identifier="c_true">True</simpleChoice><simpleChoice identifier="c_false">False</simpleChoice></choiceInteraction>`,
		rules: matchCorrect() + show(v('RESPONSE')),
		feedback: [true, false].flatMap((value) => {
			const text = feedback(value);
			return text ? [{ id: value ? 'c_true' : 'c_false', content: `<p>${inline(text)}</p>` }] : [];
		})
	};
}

/**
 * The positions (indexes into `values`) of one longest strictly increasing subsequence, the same one
 * Footnote's ordering scorer picks (patience sorting, the last of the longest runs).
 */
function longestInOrder(values: readonly number[]): Set<number> {
	const tails: number[] = [];
	const previous: number[] = values.map(() => -1);
	for (let i = 0; i < values.length; i++) {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (values[tails[mid]] < values[i]) lo = mid + 1;
			else hi = mid;
		}
		if (lo > 0) previous[i] = tails[lo - 1];
		tails[lo] = i;
	}
	const out = new Set<number>();
	for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) out.add(i);
	return out;
}

function permutations(n: number): number[][] {
	if (n === 0) return [[]];
	return permutations(n - 1).flatMap((p) =>
		Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)])
	);
}

/** Orders are listed one by one, so partial credit is written out only for a few items. */
const MAX_LISTED_ITEMS = 5;

function ordering(q: OrderingQuestion, ctx: ItemContext): Parts {
	const at = { questionId: q.id };
	const ids = identifiers(
		'i_',
		q.items.map((i) => i.id)
	);
	const n = ids.length;
	const order = (p: number[]) =>
		`<match>${v('RESPONSE')}<ordered>${p.map((i) => ident(ids[i])).join('')}</ordered></match>`;
	let rules: string;
	if (n <= MAX_LISTED_ITEMS) {
		// Every order a learner can give, grouped by what it earns: its score, and the feedback of the
		// items that are not in its longest run in the right order.
		const groups = new Map<string, { score: number; shown: number[]; orders: number[][] }>();
		for (const p of permutations(n)) {
			if (p.every((item, place) => item === place)) continue;
			const kept = longestInOrder(p);
			const score = kept.size >= 2 || n === 1 ? kept.size / n : 0;
			const shown = p.filter((item, place) => !kept.has(place) && q.items[item].feedback).sort((a, b) => a - b);
			if (score === 0 && shown.length === 0) continue;
			const key = `${score} ${shown.join(',')}`;
			const group = groups.get(key) ?? { score, shown, orders: [] };
			group.orders.push(p);
			groups.set(key, group);
		}
		const branches = [...groups.values()].map(({ score, shown, orders }) => {
			const setScore = score ? set('SCORE', num(score)) : '';
			const setFeedback = shown.length ? show(shown.map((item) => ident(`f_${ids[item]}`)).join('')) : '';
			return `<responseElseIf><or>${orders.map(order).join('')}</or>${setScore}${setFeedback}</responseElseIf>`;
		});
		rules = `<responseCondition><responseIf><match>${v('RESPONSE')}<correct identifier="RESPONSE"/></match>${set('SCORE', num(1))}</responseIf>${branches.join('')}</responseCondition>`;
	} else {
		ctx.report.warn(
			`with ${n} items, partial credit (the longest run in the right order) is not written out: the QTI item scores all or nothing`,
			at
		);
		if (q.items.some((i) => i.feedback))
			ctx.report.warn('the feedback of items placed out of order is not carried to QTI for more than 5 items', at);
		rules = matchCorrect();
	}
	const choices = q.items.map((item, i) => `<simpleChoice identifier="${ids[i]}">${inline(item.text)}</simpleChoice>`);
	return {
		responses: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${values(ids)}</correctResponse></responseDeclaration>`,
		body: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true"><prompt>${inline(q.prompt)}</prompt>${choices.join('')}</orderInteraction>`,
		rules,
		feedback:
			n <= MAX_LISTED_ITEMS
				? q.items.flatMap((item, i) =>
						item.feedback ? [{ id: `f_${ids[i]}`, content: `<p>${inline(item.feedback)}</p>` }] : []
					)
				: []
	};
}

function matching(q: MatchingQuestion): Parts {
	const left = identifiers(
		'l_',
		q.pairs.map((p) => p.id)
	);
	const rights: string[] = [];
	for (const r of [...q.pairs.map((p) => p.right), ...q.distractors]) if (!rights.includes(r)) rights.push(r);
	const rightId = (text: string) => `r_${rights.indexOf(text) + 1}`;
	const n = q.pairs.length;
	const pairs = q.pairs.map((p, i) => `${left[i]} ${rightId(p.right)}`);
	const wrongPick = (i: number) =>
		rights
			.filter((r) => r !== q.pairs[i].right)
			.map(
				(r) =>
					`<member><baseValue baseType="directedPair">${left[i]} ${rightId(r)}</baseValue>${v('RESPONSE')}</member>`
			)
			.join('');
	const feedbackRules = q.pairs
		.map((p, i) => (p.feedback ? when(`<or>${wrongPick(i)}</or>`, show(ident(`f_${left[i]}`))) : ''))
		.join('');
	const leftSet = q.pairs
		.map(
			(p, i) =>
				`<simpleAssociableChoice identifier="${left[i]}" matchMax="1">${inline(p.left)}</simpleAssociableChoice>`
		)
		.join('');
	const rightSet = rights
		.map(
			(r) => `<simpleAssociableChoice identifier="${rightId(r)}" matchMax="${n}">${inline(r)}</simpleAssociableChoice>`
		)
		.join('');
	return {
		responses: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${values(pairs)}</correctResponse><mapping lowerBound="0" upperBound="1" defaultValue="0">${pairs
			.map((p) => `<mapEntry mapKey="${p}" mappedValue="${1 / n}"/>`)
			.join('')}</mapping></responseDeclaration>`,
		body: `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${n}"><prompt>${inline(q.prompt)}</prompt><simpleMatchSet>${leftSet}</simpleMatchSet><simpleMatchSet>${rightSet}</simpleMatchSet></matchInteraction>`,
		rules: mapResponse() + feedbackRules,
		feedback: q.pairs.flatMap((p, i) =>
			p.feedback ? [{ id: `f_${left[i]}`, content: `<p>${inline(p.feedback)}</p>` }] : []
		)
	};
}

function numeric(q: NumericQuestion, ctx: ItemContext): Parts {
	ctx.report.info(
		'QTI reads the answer as a number in digits: number words ("six") and thousands separators ("1,500"), which Footnote accepts, are not',
		{ questionId: q.id }
	);
	const equal = (value: number, tolerance: number) =>
		tolerance > 0
			? `<equal toleranceMode="absolute" tolerance="${tolerance}">${v('RESPONSE')}${num(value)}</equal>`
			: `<equal toleranceMode="exact">${v('RESPONSE')}${num(value)}</equal>`;
	const wrong = q.wrongAnswers.map((w, i) => when(equal(w.value, 0), show(ident(`w_${i + 1}`)))).join('');
	const length = Math.max(8, String(q.answer).length + 4);
	return {
		responses: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float"><correctResponse><value>${q.answer}</value></correctResponse></responseDeclaration>`,
		body: `<p>${inline(q.prompt)}</p><p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${length}"/>${q.unit ? ` ${xmlText(q.unit)}` : ''}</p>`,
		rules: when(equal(q.answer, q.tolerance), set('SCORE', num(1)), set('SCORE', num(0))) + wrong,
		feedback: q.wrongAnswers.map((w, i) => ({ id: `w_${i + 1}`, content: `<p>${inline(w.feedback)}</p>` }))
	};
}

const TYPED_NOTE =
	'QTI compares typed answers ignoring case only; Footnote also ignores accents, punctuation and spacing, and reads numbers written in words';

/** Map entries for accepted texts, one per text as QTI compares them (without case). */
function acceptedEntries(accepted: string[]): string {
	const seen = new Set<string>();
	return accepted
		.filter((a) => {
			const key = a.toLowerCase();
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.map((a) => `<mapEntry mapKey="${xmlAttr(a)}" mappedValue="1" caseSensitive="false"/>`)
		.join('');
}

const stringMatch = (id: string, text: string) =>
	`<stringMatch caseSensitive="false">${v(id)}<baseValue baseType="string">${xmlText(text)}</baseValue></stringMatch>`;

function shortText(q: ShortTextQuestion, ctx: ItemContext): Parts {
	ctx.report.info(TYPED_NOTE, { questionId: q.id });
	const length = Math.max(10, ...q.accepted.map((a) => a.length + 5));
	const wrong = q.wrongAnswers.map((w, i) => when(stringMatch('RESPONSE', w.text), show(ident(`w_${i + 1}`)))).join('');
	return {
		responses: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"><correctResponse><value>${xmlText(q.accepted[0])}</value></correctResponse><mapping lowerBound="0" upperBound="1" defaultValue="0">${acceptedEntries(q.accepted)}</mapping></responseDeclaration>`,
		body: `<p>${inline(q.prompt)}</p><p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${length}"/></p>`,
		rules: mapResponse() + wrong,
		feedback: q.wrongAnswers.map((w, i) => ({ id: `w_${i + 1}`, content: `<p>${inline(w.feedback)}</p>` }))
	};
}

function cloze(q: ClozeQuestion, ctx: ItemContext): Parts {
	const ids = identifiers(
		'B_',
		q.blanks.map((b) => b.id)
	);
	const n = q.blanks.length;
	const index = new Map(q.blanks.map((b, i) => [b.id, i]));
	if (q.blanks.some((b) => !b.choices)) ctx.report.info(TYPED_NOTE, { questionId: q.id });
	const responses: string[] = [];
	const interactions: string[] = [];
	const rules: string[] = [set('SCORE', num(0))];
	const feedback: { id: string; content: string }[] = [];
	q.blanks.forEach((b, i) => {
		const id = ids[i];
		let right: string;
		if (b.choices) {
			const accepted = new Set(b.accepted.map(normalise));
			const choiceIds = b.choices.map((_, j) => `${id}_${j + 1}`);
			const correct = choiceIds.filter((_, j) => accepted.has(normalise(b.choices?.[j] ?? '')));
			responses.push(
				`<responseDeclaration identifier="${id}" cardinality="single" baseType="identifier">${correctResponse(correct.slice(0, 1))}</responseDeclaration>`
			);
			interactions.push(
				`<inlineChoiceInteraction responseIdentifier="${id}" shuffle="false">${b.choices
					.map((c, j) => `<inlineChoice identifier="${choiceIds[j]}">${xmlText(c)}</inlineChoice>`)
					.join('')}</inlineChoiceInteraction>`
			);
			right = correct.length ? `<or>${correct.map((c) => `<match>${v(id)}${ident(c)}</match>`).join('')}</or>` : never;
		} else {
			responses.push(
				`<responseDeclaration identifier="${id}" cardinality="single" baseType="string"><correctResponse><value>${xmlText(b.accepted[0])}</value></correctResponse></responseDeclaration>`
			);
			const length = Math.max(8, ...b.accepted.map((a) => a.length + 3));
			interactions.push(`<textEntryInteraction responseIdentifier="${id}" expectedLength="${length}"/>`);
			right = `<or>${b.accepted.map((a) => stringMatch(id, a)).join('')}</or>`;
		}
		const onWrong = b.feedback
			? `<responseElseIf><not>${isNull(id)}</not>${show(ident(`f_${id}`))}</responseElseIf>`
			: '';
		rules.push(
			`<responseCondition><responseIf>${right}${set('SCORE', `<sum>${v('SCORE')}${num(1 / n)}</sum>`)}</responseIf>${onWrong}</responseCondition>`
		);
		if (b.feedback) feedback.push({ id: `f_${id}`, content: `<p>${inline(b.feedback)}</p>` });
	});
	// Each blank becomes a marker the Markdown reader keeps as text, replaced by its interaction.
	const marked = q.text.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (whole, id: string) =>
		index.has(id) ? `\uE030${index.get(id)}\uE031` : whole
	);
	const sentence = inline(marked, (text) =>
		text
			.split(/\uE030(\d+)\uE031/)
			.map((piece, k) => (k % 2 ? interactions[Number(piece)] : xmlText(piece)))
			.join('')
	);
	return {
		responses: responses.join('\n'),
		body: `<p>${inline(q.prompt)}</p><p>${sentence}</p>`,
		rules: rules.join(''),
		feedback
	};
}
