// Small valid inputs for repository tests; each test changes only what it is about.
export const article = [
	'## The decision',
	'',
	'<!-- #ruling -->',
	'On 17 April 2025 the Supreme Court of Russia suspended the ban on the Taliban.',
	'',
	'<!-- #reaction -->',
	'The Taliban welcomed the decision as a step towards recognition.',
	''
].join('\n');

export const packMeta = (id = 'court-ruling') => ({
	id,
	title: 'The court ruling',
	language: 'en',
	source: { title: null, author: null, publisher: null, date: null, url: null, licence: null, note: null },
	topics: [{ id: 'timeline', title: 'Timeline' }]
});

export const question = (id = 'ruling-date') => ({
	id,
	type: 'true-false',
	difficulty: 1,
	prompt: 'The Supreme Court suspended the ban in April 2025.',
	answer: true,
	explanation: 'The ruling came on 17 April 2025.',
	sources: [{ passage: 'ruling', quote: 'On 17 April 2025 the Supreme Court of Russia suspended the ban' }]
});

export const setBody = (pack = 'court-ruling', title = 'Week 1 check') => ({
	id: 'week-1',
	title,
	pack,
	questions: ['ruling-date']
});
