import { sessionPage } from './load.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => sessionPage(event);
