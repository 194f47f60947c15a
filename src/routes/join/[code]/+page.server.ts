import { error, fail, redirect } from '@sveltejs/kit';
import { classroom } from '$lib/server/classroom/app.server';
import { rejoinLink, setStudentCookie, studentToken } from '$lib/server/classroom';
import type { Actions, PageServerLoad } from './$types';

export const prerender = false;

export const load: PageServerLoad = async ({ params, url, cookies }) => {
	const service = classroom();
	const code = params.code.toUpperCase();
	// A rejoin link: this device takes the student's place, and the token leaves the address bar.
	const rejoin = url.searchParams.get('rejoin');
	if (rejoin !== null) {
		const state = await service.studentState(rejoin);
		if (!state.ok || state.value.session.code !== code) {
			error(404, 'This rejoin link does not work. Check that it was copied whole, or join again with the code.');
		}
		setStudentCookie(cookies, url, rejoin);
		redirect(303, `/join/${code}`);
	}
	const token = studentToken(cookies);
	const state = token ? await service.studentState(token) : null;
	if (token && state?.ok && state.value.session.code === code) {
		const pack = await service.studentPack(token);
		if (!pack.ok) error(pack.status, pack.message);
		return {
			joined: true as const,
			code,
			state: state.value,
			pack: pack.value.pack,
			passages: pack.value.passages,
			rejoinLink: rejoinLink(url.origin, code, token)
		};
	}
	const session = await service.lookup(code);
	if (!session.ok) error(404, 'There is no open session with this code. Check it with your instructor.');
	return { joined: false as const, code, session: session.value };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, params, getClientAddress }) => {
		const form = await request.formData();
		const name = String(form.get('name') ?? '');
		const joined = await classroom().join(getClientAddress(), { code: params.code, name });
		if (!joined.ok) return fail(joined.status, { name, error: joined.message, issues: joined.issues ?? [] });
		setStudentCookie(cookies, url, joined.value.token);
		redirect(303, `/join/${joined.value.session.code}`);
	}
};
