// What the set builder page receives from the server.
import type { Pack, Question } from '../content/types';
import type { SetDraft } from './set-draft';

export interface PackChoice {
	id: string;
	title: string;
	/** Made by this instructor (else a pack of the repository). */
	own: boolean;
}

export interface BuilderPack {
	id: string;
	title: string;
	language: string;
	source: Pack['source'];
	topics: Pack['topics'];
	passages: Pack['passages'];
	questions: Question[];
	tags: string[];
}

export interface BuilderData {
	packs: PackChoice[];
	pack: BuilderPack;
	draft: SetDraft;
	/** The saved set being edited; null for a new one. */
	editing: { id: string; code: string } | null;
}
