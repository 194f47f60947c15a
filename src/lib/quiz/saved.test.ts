import { createActor, fromCallback } from 'xstate';
import { describe, expect, it } from 'vitest';
import { contentVersion } from '../content/normalise';
import type { Pack, Question } from '../content/types';
import { quizMachine } from './machine';
import { restoreAttempt, saveAttempt, serialiseAttempt, type SavedAttemptV1 } from './saved';
import { rightResponse, samplePack, wrongResponse } from './testing/sample';
import { viewOf } from './view';

const machine = quizMachine.provide({ actors: { ticker: fromCallback(() => () => {}) } });
const pack = samplePack(8);

/** An exam part-way through: two answers (one partial), a flag, time spent, on question 3. */
function examInProgress(p: Pack = pack) {
	const actor = createActor(machine, {
		input: { pack: p, settings: { mode: 'exam', timeLimitSeconds: 600, shuffleQuestions: false }, seed: 'keep' }
	}).start();
	const q = (i: number) => actor.getSnapshot().context.questions[i];
	actor.send({ type: 'answer.change', response: rightResponse(q(0)) });
	actor.send({ type: 'question.goto', index: 4 });
	const matching = q(4);
	if (matching.type !== 'matching') throw new Error('sample pack changed');
	actor.send({ type: 'answer.change', response: { type: 'matching', matches: { [matching.pairs[0].id]: 'abc' } } });
	actor.send({ type: 'question.flag' });
	actor.send({ type: 'question.goto', index: 3 });
	actor.send({ type: 'time.tick', ms: 42_000 });
	return actor;
}

const resume = (saved: unknown, p: Pack = pack, findVersion?: (id: string, v: string) => Question | undefined) =>
	createActor(machine, { input: { pack: p, saved, findVersion } }).start();

describe('saving and restoring an attempt', () => {
	it('restores exactly where the learner was, partial answers, flags and time included', () => {
		const actor = examInProgress();
		const restored = resume(serialiseAttempt(actor.getSnapshot()));
		expect(restored.getSnapshot().value).toEqual(actor.getSnapshot().value);
		expect(viewOf(restored.getSnapshot())).toEqual(viewOf(actor.getSnapshot()));
		expect(viewOf(restored.getSnapshot())).toMatchObject({
			index: 3,
			answeredCount: 2,
			flaggedCount: 1,
			time: { elapsedMs: 42_000 }
		});
	});

	it('holds ids, versions and responses, not the questions', () => {
		const saved = saveAttempt(examInProgress().getSnapshot());
		expect(saved.questions[0]).toBe(`${pack.questions[0].id}@${pack.questions[0].version}`);
		expect(saved.settings).toEqual({ mode: 'exam', shuffleQuestions: false, timeLimitSeconds: 600 });
		expect(saved.slots[1]).toBe(0);
		const q0 = pack.questions[0];
		if (q0.type !== 'single-choice') throw new Error('sample pack changed');
		expect(saved.slots[0]).toEqual([q0.options.find((o) => o.correct)?.id, 0, 0, 0]);
		expect(JSON.stringify(saved)).not.toContain(pack.questions[0].prompt);
	});

	it('resumes a submitted attempt in review', () => {
		const actor = examInProgress();
		actor.send({ type: 'quiz.submit' });
		actor.send({ type: 'quiz.confirm' });
		const restored = resume(saveAttempt(actor.getSnapshot()));
		expect(restored.getSnapshot().value).toBe('review');
		expect(viewOf(restored.getSnapshot()).results).toEqual(viewOf(actor.getSnapshot()).results);
	});
});

describe('restoring an older format', () => {
	it('migrates format 1 and says so', () => {
		const q0 = pack.questions[0];
		const v1: SavedAttemptV1 = {
			formatVersion: 1,
			packId: pack.id,
			packHash: 'old',
			seed: 'legacy',
			settings: { mode: 'exam' },
			current: 1,
			elapsedMs: 5000,
			submitted: false,
			answers: [
				{ id: q0.id, version: q0.version, response: rightResponse(q0), flagged: true },
				{ id: pack.questions[1].id, version: pack.questions[1].version, response: null, flagged: false }
			]
		};
		const restored = resume(JSON.stringify(v1));
		const v = viewOf(restored.getSnapshot());
		expect(v).toMatchObject({
			phase: 'answering',
			index: 1,
			count: 2,
			answeredCount: 1,
			flaggedCount: 1,
			seed: 'legacy'
		});
		expect(v.time.elapsedMs).toBe(5000);
		expect(v.notices).toMatchInlineSnapshot(`
			[
			  {
			    "kind": "migrated",
			    "message": "the saved attempt was brought up to date from format 1",
			    "questionId": null,
			  },
			]
		`);
	});
});

describe('refusing a saved attempt it cannot use, and starting afresh', () => {
	const good = () => JSON.parse(serialiseAttempt(examInProgress().getSnapshot()));
	it.each([
		['a newer format', () => ({ ...good(), formatVersion: 3 })],
		['an unknown format', () => ({ ...good(), formatVersion: 'two' })],
		['text that is not JSON', () => '{"formatVersion": 2, "pack": '],
		['something that is not an object', () => [1, 2, 3]],
		['a missing field', () => ({ ...good(), questions: undefined })],
		['slots that do not match the questions', () => ({ ...good(), slots: [0] })],
		[
			'a bad question entry',
			() => ({ ...good(), questions: good().questions.map((_: string, i: number) => (i === 2 ? 'no-version' : _)) })
		],
		[
			'a bad slot',
			() => ({ ...good(), slots: good().slots.map((s: unknown, i: number) => (i === 1 ? [null, 9, 0, 0] : s)) })
		],
		['negative time', () => ({ ...good(), time: [-1, 0, 0] })],
		['settings that cannot be read', () => ({ ...good(), settings: { mode: 'quiz-show' } })],
		['another pack', () => ({ ...good(), pack: 'other-pack' })]
	])('refuses %s with a reason', (_, saved) => {
		const result = restoreAttempt(saved(), pack);
		expect(result.ok).toBe(false);
	});

	it('gives each reason in words', () => {
		const reasons = [
			{ ...good(), formatVersion: 3 },
			{ ...good(), formatVersion: 'two' },
			'{"formatVersion": 2, "pack": ',
			{ ...good(), slots: [0] },
			{ ...good(), settings: { mode: 'quiz-show' } },
			{ ...good(), pack: 'other-pack' }
		].map((saved) => {
			const r = restoreAttempt(saved, pack);
			return r.ok ? 'restored' : r.reason;
		});
		expect(reasons).toMatchInlineSnapshot(`
			[
			  "the saved attempt was made by a newer version of Footnote (format 3; this one reads up to 2)",
			  "the saved attempt has an unknown format ("two")",
			  "the saved attempt is damaged (not valid JSON)",
			  "the saved attempt is damaged (slots: expected one per question (8), found 1)",
			  "the saved attempt is damaged (settings.mode: "quiz-show" is not "practice" or "exam"; using the default (practice))",
			  "the saved attempt belongs to pack "other-pack", not "sample"",
			]
		`);
	});

	it('starts a new attempt with the given settings and a notice when the machine is handed one', () => {
		const actor = createActor(machine, {
			input: { pack, saved: { formatVersion: 7 }, settings: { mode: 'exam' }, seed: 'fresh' }
		}).start();
		const v = viewOf(actor.getSnapshot());
		expect(v).toMatchObject({ phase: 'answering', mode: 'exam', seed: 'fresh', answeredCount: 0, count: 8 });
		expect(v.notices).toEqual([
			{
				kind: 'restore-refused',
				questionId: null,
				message:
					'the saved attempt was made by a newer version of Footnote (format 7; this one reads up to 2); a new attempt has been started'
			}
		]);
	});
});

describe('restoring against a pack that changed since', () => {
	/** The pack with question `i`'s prompt edited (a new version) or the question removed. */
	function edited(i: number): Pack {
		const questions = pack.questions.map((q, j) => {
			if (j !== i) return q;
			const e = { ...q, prompt: `${q.prompt} (edited)` } as Question;
			return { ...e, version: contentVersion(e) };
		});
		return { ...pack, questions };
	}
	const removed = (i: number): Pack => ({ ...pack, questions: pack.questions.filter((_, j) => j !== i) });
	const saved = () => serialiseAttempt(examInProgress().getSnapshot());

	it('keeps an edited question at the version answered when that version can be found', () => {
		const old = pack.questions[0];
		const restored = resume(saved(), edited(0), (id, v) => (id === old.id && v === old.version ? old : undefined));
		const ctx = restored.getSnapshot().context;
		expect(ctx.questions[0]).toBe(old);
		expect(ctx.slots[0].response).toEqual(rightResponse(old));
		expect(viewOf(restored.getSnapshot()).notices).toMatchInlineSnapshot(`
			[
			  {
			    "kind": "question-kept-old-version",
			    "message": "question "q000-single-choice" was edited since it was answered; it is kept and scored as it was when answered",
			    "questionId": "q000-single-choice",
			  },
			]
		`);
	});

	it('drops an edited, answered question whose old version is not available, and says so', () => {
		const restored = resume(saved(), edited(0));
		const v = viewOf(restored.getSnapshot());
		expect(v.count).toBe(7);
		// The learner was on question 3; it is question 2 now that the first is gone.
		expect(v.index).toBe(2);
		expect(v.question?.question.id).toBe(pack.questions[3].id);
		expect(v.notices.map((n) => n.message)).toMatchInlineSnapshot(`
			[
			  "question "q000-single-choice" was edited since; the version answered is not available, so it is left out of this attempt",
			]
		`);
	});

	it('asks the new version of an edited question that had not been answered', () => {
		const restored = resume(saved(), edited(1));
		const ctx = restored.getSnapshot().context;
		expect(ctx.questions[1].prompt).toContain('(edited)');
		expect(ctx.notices.map((n) => n.kind)).toEqual(['question-updated']);
	});

	it('drops a question removed from the pack with a notice', () => {
		const restored = resume(saved(), removed(4));
		const v = viewOf(restored.getSnapshot());
		expect(v.count).toBe(7);
		expect(v.answeredCount).toBe(1);
		expect(v.notices.map((n) => n.message)).toMatchInlineSnapshot(`
			[
			  "question "q004-matching" was removed from the pack since; the version answered is not available, so it is left out of this attempt",
			]
		`);
	});

	it('starts afresh when none of the saved questions is left', () => {
		const empty = { ...pack, questions: [] };
		expect(restoreAttempt(saved(), empty)).toEqual({
			ok: false,
			reason: "none of the saved attempt's questions is still in the pack"
		});
	});

	it('clears, with a notice, a saved answer that no longer fits its question', () => {
		const data = JSON.parse(saved());
		data.slots[0] = [{ not: 'an option id' }, 0, 1, 0];
		const restored = resume(data);
		const ctx = restored.getSnapshot().context;
		expect(ctx.slots[0]).toMatchObject({ response: null, flagged: true });
		expect(ctx.notices.map((n) => n.message)).toEqual([
			'the saved answer to question "q000-single-choice" could not be read and was cleared'
		]);
	});

	it('scores a kept old version against that version, not the new one', () => {
		const old = pack.questions[0];
		if (old.type !== 'single-choice') throw new Error('sample pack changed');
		// The edit makes another option the right one; the learner's answer was right when given.
		const flipped = { ...old, options: old.options.map((o, i) => ({ ...o, correct: i === 1 })) };
		const newPack = {
			...pack,
			questions: [{ ...flipped, version: contentVersion(flipped) }, ...pack.questions.slice(1)]
		};
		const actor = resume(saved(), newPack, (id, v) => (v === old.version ? old : undefined));
		actor.send({ type: 'quiz.submit' });
		actor.send({ type: 'quiz.confirm' });
		expect(viewOf(actor.getSnapshot()).results?.questions[0]).toMatchObject({
			status: 'correct',
			version: old.version
		});
		expect(wrongResponse(old)).not.toEqual(rightResponse(old));
	});
});
