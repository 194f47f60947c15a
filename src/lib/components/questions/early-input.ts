// Answers given before the page's scripts have run. The server draws the first question as a plain
// form, so it can be answered at once; hydration then sets every control to the view's answer (none
// yet), which would undo what the learner did. So the page reads the controls just before it
// hydrates, and once hydrated does the same to them again, with the events the browser sends, so
// the inputs hear of it as if it happened then.

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface EarlyEdit {
	control: Control;
	checked: boolean;
	value: string;
}

const toggles = new Set(['radio', 'checkbox']);

function changed(el: Control): boolean {
	if (el instanceof HTMLSelectElement) return [...el.options].some((o) => o.selected !== o.defaultSelected);
	if (el instanceof HTMLInputElement && toggles.has(el.type)) return el.checked !== el.defaultChecked;
	return el.value !== el.defaultValue;
}

/** The controls under `root` whose state differs from the page as it arrived. */
export function changedControls(root: ParentNode | null): EarlyEdit[] {
	if (!root) return [];
	const controls = root.querySelectorAll<Control>('input, select, textarea');
	return [...controls].filter(changed).map((control) => ({
		control,
		checked: control instanceof HTMLInputElement && control.checked,
		value: control.value
	}));
}

/** Gives each control back what it held, and sends the events a person's change would. */
export function replayEdits(edits: readonly EarlyEdit[]): void {
	for (const { control, checked, value } of edits) {
		if (!control.isConnected || control.disabled) continue;
		if (control instanceof HTMLInputElement && toggles.has(control.type)) {
			// A radio left unchecked by its neighbour's choice needs nothing: checking that one does it.
			if (control.type === 'radio' && !checked) continue;
			control.checked = checked;
		} else control.value = value; // a question's selects each choose one option
		control.dispatchEvent(new Event('input', { bubbles: true }));
		control.dispatchEvent(new Event('change', { bubbles: true }));
	}
}
