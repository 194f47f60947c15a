// Classroom sessions on the server. Routes use the app's service (app.server.ts); tests and
// benchmarks build one on a database of their own with createClassroom.
export { createClassroom, TOKEN_SHAPE } from './service';
export type {
	Classroom,
	ClassroomOptions,
	Joined,
	Limit,
	ResolvedSet,
	SessionSummary,
	SetResolver,
	StudentPack
} from './service';
export { memoryBus, postgresBus, CHANNEL, type BusMessage, type ClassroomBus } from './bus';
export { createCommitQueue, type AnswerWrite, type CommitQueue, type WriteOutcome } from './commit';
export { eventStream, type SendEvent } from './sse';
export type { Outcome, Refusal } from './outcome';
export type { SessionListing } from './store';
export * as schemas from './schemas';
export {
	refusalResponse,
	signedIn,
	jsonBody,
	studentToken,
	setStudentCookie,
	rejoinLink,
	joinLink,
	STUDENT_COOKIE
} from './http';
export { qrSvg } from './qr';
