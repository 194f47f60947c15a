// Server-Sent Events: a response that stays open and carries named events as JSON. A comment line
// every so often keeps proxies from closing a quiet stream; the stream's end (the browser went away,
// or the request was aborted) stops whatever was feeding it.
const KEEP_ALIVE_MS = 20_000;

export type SendEvent = (event: string, data: unknown) => void;

export function eventStream(
	signal: AbortSignal,
	start: (send: SendEvent) => Promise<(() => void) | null> | (() => void) | null
): Response {
	const encoder = new TextEncoder();
	let stop: (() => void) | null = null;
	let timer: ReturnType<typeof setInterval> | null = null;
	let closed = false;
	const finish = () => {
		if (closed) return;
		closed = true;
		if (timer) clearInterval(timer);
		stop?.();
	};
	const body = new ReadableStream<Uint8Array>({
		async start(controller) {
			const write = (text: string) => {
				if (closed) return;
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					finish();
				}
			};
			// Reconnect after 2 s if the connection drops; the first event comes with the current state.
			write('retry: 2000\n\n');
			timer = setInterval(() => write(': keep-alive\n\n'), KEEP_ALIVE_MS);
			signal.addEventListener('abort', () => {
				finish();
				try {
					controller.close();
				} catch {
					// Already closed.
				}
			});
			const s = await start((event, data) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
			if (closed) s?.();
			else stop = s;
		},
		cancel() {
			finish();
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-cache, no-transform',
			'x-accel-buffering': 'no'
		}
	});
}
