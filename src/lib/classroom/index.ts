// Classroom sessions, the parts with no server in them: join codes, what a student may send and be
// sent, the live dashboard's figures, the report after the session and its CSV export. The server
// side (storage, the machines it runs, live updates) is in $lib/server/classroom.
export * from './types';
export type { StudentRecord, ResponseRecord } from './records';
export { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newJoinCode, normaliseJoinCode, spacedCode } from './codes';
export { STUDENT_EVENT_TYPES, refusal, type StudentEvent, type StudentEventType, type RuleFacts } from './rules';
export { studentState, type StudentFacts } from './student-view';
export { describeResponse, groupKey } from './describe';
export { buildDashboard, questionStats, passageStats, type DashboardInput } from './dashboard';
export {
	sessionReport,
	statsAttempts,
	type GivenQuestion,
	type StudentAttempt,
	type ItemRow,
	type SessionReport
} from './report';
export { responsesCsv, csvCell, CSV_HEADER } from './csv';
export { createRemote, applyLocally, randomKey, type PostResult, type RemoteOptions } from './remote';
