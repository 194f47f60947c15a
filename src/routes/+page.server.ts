import { packSummaries } from '$lib/packs.server';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = () => ({ packs: packSummaries() });
