// A QTI 2.1 content package: imsmanifest.xml, one assessmentItem per question under items/, and an
// assessmentTest that presents them in order and adds up their scores, zipped with fflate.
import { strToU8, zipSync } from 'fflate';
import type { Passage, Question } from '../../content/types';
import { Reporter, type ReportEntry } from '../report';
import { buildItem } from './items';
import { qtiIdentifier, XML_DECLARATION, xmlAttr } from './xml';

export interface QtiInput {
	id: string;
	title: string;
	questions: readonly Question[];
	/** The article's passages, so each item can carry the ones its question cites. */
	passages: readonly Passage[];
}

export interface QtiExport {
	zip: Uint8Array;
	/** Every file of the package by its path in the zip. */
	files: Record<string, string>;
	report: ReportEntry[];
}

export const MANIFEST = 'imsmanifest.xml';
export const TEST_FILE = 'assessmentTest.xml';

/** A fixed time stamp, so the same questions always give the same bytes. */
const MTIME = new Date('2000-01-01T00:00:00Z');

export function exportQti(input: QtiInput): QtiExport {
	const report = new Reporter();
	const passages = new Map(input.passages.map((p) => [p.id, p]));
	const files: Record<string, string> = {};
	const items: { identifier: string; href: string }[] = [];
	const usedFiles = new Set<string>();
	for (const q of input.questions) {
		let name = q.id;
		for (let n = 2; usedFiles.has(name); n++) name = `${q.id}-${n}`;
		usedFiles.add(name);
		const identifier = qtiIdentifier('item-', name);
		const href = `items/${name}.xml`;
		files[href] = buildItem(q, identifier, { passages, report }).xml;
		items.push({ identifier, href });
	}
	if (input.questions.length) report.info('topic, difficulty and tags are not carried to QTI items');
	const testId = qtiIdentifier('test-', input.id);
	files[TEST_FILE] = assessmentTest(testId, input.title, items);
	files[MANIFEST] = manifest(input.id, testId, items);
	const zipped = zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])), {
		level: 6,
		mtime: MTIME
	});
	return { zip: zipped, files, report: report.entries };
}

function assessmentTest(identifier: string, title: string, items: { identifier: string; href: string }[]): string {
	const refs = items.map((i) => `<assessmentItemRef identifier="${i.identifier}" href="${i.href}"/>`).join('\n');
	const sum = (id: string) =>
		`<setOutcomeValue identifier="${id}"><sum><testVariables variableIdentifier="${id}"/></sum></setOutcomeValue>`;
	return `${XML_DECLARATION}
<assessmentTest xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd" identifier="${identifier}" title="${xmlAttr(title)}">
<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>
<outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>
<testPart identifier="part-1" navigationMode="nonlinear" submissionMode="individual">
<assessmentSection identifier="section-1" title="${xmlAttr(title)}" visible="true">
${refs}
</assessmentSection>
</testPart>
<outcomeProcessing>${sum('SCORE')}${sum('MAXSCORE')}</outcomeProcessing>
</assessmentTest>
`;
}

function manifest(setId: string, testId: string, items: { identifier: string; href: string }[]): string {
	const deps = items.map((i) => `<dependency identifierref="${i.identifier}"/>`).join('');
	const resources = items
		.map(
			(i) =>
				`<resource identifier="${i.identifier}" type="imsqti_item_xmlv2p1" href="${i.href}"><file href="${i.href}"/></resource>`
		)
		.join('\n');
	return `${XML_DECLARATION}
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd" identifier="${qtiIdentifier('manifest-', setId)}">
<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>
<organizations/>
<resources>
<resource identifier="${testId}" type="imsqti_test_xmlv2p1" href="${TEST_FILE}"><file href="${TEST_FILE}"/>${deps}</resource>
${resources}
</resources>
</manifest>
`;
}
