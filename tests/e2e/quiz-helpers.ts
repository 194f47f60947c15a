// Answering any question through the page, right or wrong, the way a person would: by role and label.
// The key comes from the pack's own JSON; the page is only ever driven through its controls.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { plainText } from '../../src/lib/content/markdown';
import type { Pack, Question } from '../../src/lib/content/types';

export const PACK = 'russia-taliban-delisting';

let packCache: Pack | null = null;
export async function loadPack(request: APIRequestContext): Promise<Pack> {
	packCache ??= (await (await request.get(`/packs/${PACK}/pack.json`)).json()) as Pack;
	return packCache;
}

/** The first question of each type in the pack, in the schema's order of types. */
export function oneOfEachType(pack: Pack): Question[] {
	const types = [
		'single-choice',
		'multiple-response',
		'true-false',
		'ordering',
		'matching',
		'numeric',
		'short-text',
		'cloze'
	];
	return types.map((t) => pack.questions.find((q) => q.type === t)!);
}

export function quizUrl(params: Record<string, string>): string {
	return `/packs/${PACK}/quiz?${new URLSearchParams(params)}`;
}

export async function currentQuestion(page: Page, pack: Pack): Promise<Question> {
	const id = await page.locator('form[data-question-id]').getAttribute('data-question-id');
	const q = pack.questions.find((x) => x.id === id);
	if (!q) throw new Error(`question ${id} not in the pack`);
	return q;
}

const name = (md: string) => plainText(md);

/** Puts the ordering list into `want` with the move buttons (keyboard and single-pointer path). */
async function reorder(page: Page, want: string[]) {
	for (let target = 0; target < want.length; target++) {
		for (let guard = 0; guard < want.length; guard++) {
			const items = (await page.locator('ol.ordering li .text').allTextContents()).map((t) => t.trim());
			const at = items.indexOf(want[target]);
			if (at === target) break;
			await page.getByRole('button', { name: `Move “${want[target]}” up` }).click();
		}
	}
}

export async function answer(page: Page, q: Question, right: boolean) {
	switch (q.type) {
		case 'single-choice': {
			const option = q.options.find((o) => o.correct === right)!;
			await page.getByRole('radio', { name: name(option.text), exact: true }).check();
			break;
		}
		case 'multiple-response': {
			const picks = right ? q.options.filter((o) => o.correct) : [q.options.find((o) => !o.correct) ?? q.options[0]];
			for (const o of picks) await page.getByRole('checkbox', { name: name(o.text), exact: true }).check();
			break;
		}
		case 'true-false':
			await page.getByRole('radio', { name: q.answer === right ? 'True' : 'False', exact: true }).check();
			break;
		case 'ordering': {
			const order = q.items.map((i) => name(i.text));
			await reorder(page, right ? order : [...order].reverse());
			break;
		}
		case 'matching':
			for (const [i, p] of q.pairs.entries()) {
				const wrong = q.pairs[(i + 1) % q.pairs.length].right;
				await page.getByLabel(name(p.left), { exact: true }).selectOption({ label: right ? p.right : wrong });
			}
			break;
		case 'numeric':
			await page.getByLabel('Your answer').fill(String(right ? q.answer : q.answer + q.tolerance + 1000));
			break;
		case 'short-text':
			await page.getByLabel('Your answer').fill(right ? q.accepted[0] : 'zzz not it');
			break;
		case 'cloze':
			for (const [i, b] of q.blanks.entries()) {
				const field = page.getByLabel(`Blank ${i + 1} of ${q.blanks.length}`);
				if (b.choices) {
					const wrong = b.choices.find((c) => !b.accepted.includes(c))!;
					await field.selectOption({ label: right ? b.accepted[0] : wrong });
				} else await field.fill(right ? b.accepted[0] : 'zzz not it');
			}
			break;
	}
}

/** Practice: check the answer and expect the verdict, the explanation and a citation in its passage. */
export async function checkAndExpectFeedback(page: Page, q: Question, right: boolean) {
	await page.getByRole('button', { name: 'Check' }).click();
	const feedback = page.getByRole('region', { name: right ? /Right/ : /Not right|Partly right/ });
	await expect(feedback).toBeVisible();
	await expect(page.getByRole('status')).toHaveText(right ? 'Right.' : /Not right\.|Partly right\./);
	await expect(feedback).toContainText(name(q.explanation).slice(0, 40));
	if (q.sources.length) {
		await expect(feedback.locator('blockquote mark').first()).toHaveText(q.sources[0].quote);
		await expect(feedback.getByRole('link', { name: 'Read in the article' }).first()).toBeVisible();
	}
	return feedback;
}
