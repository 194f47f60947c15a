// Interchange with other quiz tools: GIFT and Aiken in, GIFT and QTI 2.1 out. Every function is
// pure (text or bytes in, text or bytes out) and lists what it could not carry in its report.
export { importAiken } from './aiken';
export { detectFormat } from './detect';
export { exportGift, type GiftExport, type GiftExportOptions } from './gift/export';
export {
	CLOZE_PROMPT,
	importGift,
	PLACEHOLDER_EXPLANATION,
	type ImportOptions,
	type ImportResult
} from './gift/import';
export { exportQti, MANIFEST, TEST_FILE, type QtiExport, type QtiInput } from './qti/package';
export { formatReport, type ReportEntry, type ReportLevel } from './report';
export { buildSetFile, type SetFileInput } from './set-file';
