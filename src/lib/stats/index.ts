// Classroom statistics after a session: item analysis as Moodle computes it, the options each choice
// question drew, and the passages behind lost marks. Pure functions, so the server and the browser share them.
export { itemAnalysis, checkItemAnalysisInput } from './analysis';
export { distractorAnalysis, choiceOptions } from './distractors';
export type {
	ChoiceOptionInput,
	ChoiceQuestionInput,
	ChoiceResponse,
	DistractorAnalysis,
	OptionCount,
	OptionFlag,
	OptionFlagCode
} from './distractors';
export { passageResults, citingQuestions } from './passages';
export type { CitingQuestion, PassageReport, PassageResult } from './passages';
export { guessScore } from './guess';
export { THRESHOLDS, itemFlags, setFlags } from './flags';
export type * from './types';
