// One attempt, one tab: an attempt is saved after every event, so two tabs running the same one
// would each overwrite the other's answers, and the tick of the one left open would win. The tab
// opened last takes the attempt; any other tab holding it stops and says where it went.

const CHANNEL = 'footnote:attempts';

/**
 * Claims `name` for this tab and calls `onTakenElsewhere` when another tab claims it; returns a
 * function that lets go. Without BroadcastChannel, tabs are not told and nothing happens.
 */
export function holdInThisTab(name: string, onTakenElsewhere: () => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => {};
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = (e: MessageEvent) => {
		if (e.data === name) onTakenElsewhere();
	};
	channel.postMessage(name);
	return () => channel.close();
}
