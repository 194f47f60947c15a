// The parts of a quiz page that are not needed to answer the first question. The quiz page loads
// them right after that question is on screen, so they stay off its critical path.
export { default as Feedback } from './Feedback.svelte';
export { default as Overview } from './Overview.svelte';
export { default as Timer } from './Timer.svelte';
export { default as Certainty } from './Certainty.svelte';
