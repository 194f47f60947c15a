// The command line of `npm run bench:ui`.
export interface Options {
	/** 'auto' builds when build/ is missing or older than the sources. */
	build: 'auto' | 'always' | 'never';
	lighthouse: boolean;
	/** Exit 1 when any figure could not be measured, instead of reporting it as null. */
	strict: boolean;
	help: boolean;
}

export const USAGE = `Usage: npm run bench:ui -- [options]

Builds the app if needed, serves it on a free port and measures, in headless Chromium, the quiz
page's JavaScript, time to its first question, Check/Next responsiveness and Lighthouse scores,
then the time to validate a generated 5,000-question pack. Prints one JSON line last.

  --build            build even if build/ looks up to date
  --no-build         use build/ as it is (fails the page figures if it is missing)
  --no-lighthouse    skip the Lighthouse runs (their figures are null)
  --strict           exit 1 if any figure could not be measured
  --help             show this`;

export function parseOptions(argv: readonly string[]): { options: Options } | { error: string } {
	const options: Options = { build: 'auto', lighthouse: true, strict: false, help: false };
	for (const arg of argv) {
		if (arg === '--build') options.build = 'always';
		else if (arg === '--no-build') options.build = 'never';
		else if (arg === '--no-lighthouse') options.lighthouse = false;
		else if (arg === '--strict') options.strict = true;
		else if (arg === '--help' || arg === '-h') options.help = true;
		else
			return {
				error: `unknown option "${arg}"; the options are --build, --no-build, --no-lighthouse, --strict, --help`
			};
	}
	return { options };
}
