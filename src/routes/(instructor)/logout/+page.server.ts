import { redirect } from '@sveltejs/kit';
import { endSession } from '$lib/instructor/server/auth.server';
import type { Actions, PageServerLoad } from './$types';

// Logging out changes state, so it is a POST; a GET only shows the button.
export const load: PageServerLoad = ({ locals }) => ({ signedIn: !!locals.user });

export const actions: Actions = {
	default: async ({ cookies }) => {
		await endSession(cookies);
		redirect(303, '/login');
	}
};
