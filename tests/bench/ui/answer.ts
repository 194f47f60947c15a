// Gives some answer to whatever question is on screen, found as a person would find it, by role:
// the benchmark times the page's response to Check and Next, so whether the answer is right does
// not matter, only that Check accepts it.
import type { Locator } from '@playwright/test';

/** Fills every control in `scope` that is still empty; `check` is the question's Check button. */
export async function answerQuestion(scope: Locator, check: Locator): Promise<void> {
	await pickFirstInEachRadioGroup(scope);
	await tickOneCheckbox(scope);
	await fillTextFields(scope);
	await chooseInSelects(scope);
	// An ordering question counts as unanswered until something moves.
	if (!(await check.isEnabled())) {
		const move = scope.getByRole('button', { name: /\b(move|up|down|earlier|later)\b/i, disabled: false });
		if ((await move.count()) > 0) await move.first().click();
	}
}

async function pickFirstInEachRadioGroup(scope: Locator): Promise<void> {
	const radios = scope.getByRole('radio');
	const firsts = await radios.evaluateAll((elements) => {
		const groups = new Map<unknown, { first: number; checked: boolean }>();
		elements.forEach((el, i) => {
			const key = (el instanceof HTMLInputElement && el.name) || el.closest('[role="radiogroup"]') || el;
			const checked = el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true';
			const group = groups.get(key);
			if (!group) groups.set(key, { first: i, checked });
			else group.checked ||= checked;
		});
		return [...groups.values()].filter((g) => !g.checked).map((g) => g.first);
	});
	for (const i of firsts) {
		const radio = radios.nth(i);
		if (await radio.isEnabled()) await radio.check();
	}
}

async function tickOneCheckbox(scope: Locator): Promise<void> {
	const boxes = scope.getByRole('checkbox');
	const states = await boxes.evaluateAll((elements) =>
		elements.map((el) => (el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true'))
	);
	if (states.length === 0 || states.some(Boolean)) return;
	if (await boxes.first().isEnabled()) await boxes.first().check();
}

async function fillTextFields(scope: Locator): Promise<void> {
	const fields = scope.getByRole('textbox').or(scope.getByRole('spinbutton'));
	for (let i = 0, n = await fields.count(); i < n; i++) {
		const field = fields.nth(i);
		// A number is a wrong but well-formed answer to a numeric, short-text or typed cloze blank.
		if ((await field.isEditable()) && (await field.inputValue()) === '') await field.fill('1');
	}
}

async function chooseInSelects(scope: Locator): Promise<void> {
	const combos = scope.getByRole('combobox');
	for (let i = 0, n = await combos.count(); i < n; i++) {
		const combo = combos.nth(i);
		if (!(await combo.isEnabled())) continue;
		const choice = await combo.evaluate((el) => {
			if (!(el instanceof HTMLSelectElement)) return el instanceof HTMLInputElement ? 'type' : null;
			if (el.value !== '') return null;
			const index = [...el.options].findIndex((o) => o.value !== '' && !o.disabled);
			return index >= 0 ? index : null;
		});
		if (choice === 'type') {
			if ((await combo.inputValue()) === '') await combo.fill('1');
		} else if (choice !== null) await combo.selectOption({ index: choice });
	}
}
