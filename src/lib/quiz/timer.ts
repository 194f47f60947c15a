// The provided clock: a tick each second carrying the time really passed since the last one, so a
// throttled background tab still counts time correctly. Tests replace it with `.provide()`.
import { fromCallback, type EventObject } from 'xstate';

export const TICK_MS = 1000;

export const ticker = fromCallback<EventObject>(({ sendBack }) => {
	let last = Date.now();
	const id = setInterval(() => {
		const now = Date.now();
		sendBack({ type: 'time.tick', ms: now - last });
		last = now;
	}, TICK_MS);
	return () => clearInterval(id);
});
