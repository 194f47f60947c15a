// The question editor's current findings, for each of its fields to show those on its own path.
import { createContext } from 'svelte';
import type { QuestionFinding } from '$lib/instructor/check-question';

export const [editorFindings, provideEditorFindings] = createContext<() => QuestionFinding[]>();
