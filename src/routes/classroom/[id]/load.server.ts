// What the dashboard and the projector both start from: the dashboard as it is, and how to join.
import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/instructor/server/auth.server';
import { classroom } from '$lib/server/classroom/app.server';
import { joinLink, qrSvg } from '$lib/server/classroom';

export async function sessionPage(event: { locals: App.Locals; url: URL; params: { id: string } }) {
	const user = requireUser(event);
	const board = await classroom().dashboard(user.id, event.params.id);
	if (!board.ok) error(board.status, board.message);
	const link = joinLink(event.url.origin, board.value.session.code);
	return { dashboard: board.value, joinLink: link, qrSvg: await qrSvg(link) };
}
