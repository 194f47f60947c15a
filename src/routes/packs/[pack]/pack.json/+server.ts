// The whole pack as the self-assessment pages use it (keys included, as in every self-study tool).
// Prerendered, so the static build and the service worker can serve it without a server.
import { packEntries, packOr404 } from '$lib/packs.server';
import { json } from '@sveltejs/kit';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = packEntries;

export const GET: RequestHandler = ({ params }) => json(packOr404(params.pack));
