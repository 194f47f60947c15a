// The options of the node that runs the server: `npm start` and the benchmarks start it with these.
//
// --max-old-space-size=1024 bounds how fast V8 lets the heap grow. With the default cap (4 GB on a
// machine with memory to spare) V8 lets the heap grow after each full collection to as much as 4
// times what was live, and does so whenever it cannot yet tell how fast the program allocates, as
// just after start. Under a class's load the server's first full collection then came only when its
// heap held three times the 35 MB live, and the process peaked at 225-256 MB. Under a 1 GB cap V8
// grows the heap by at most about 1.4 times: the same load peaks at about 175 MB, no slower. 1 GB is
// many times what a server holds for several classes at once. A --max-old-space-size already in
// NODE_OPTIONS is left to decide.

/** @param {NodeJS.ProcessEnv} [env] */
export function serverNodeArgs(env = process.env) {
	return /--max-old-space-size/.test(env.NODE_OPTIONS ?? '') ? [] : ['--max-old-space-size=1024'];
}
