import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';
import { fixture } from './testing';

describe('detectFormat', () => {
	it.each([
		['moodle-examples.gift.txt', 'gift'],
		['gift-pegjs/category1.gift', 'gift'],
		['gift-pegjs/matching1.gift', 'gift'],
		['aiken/moodle-questions.aiken.txt', 'aiken']
	])('reads %s as %s', (file, format) => {
		expect(detectFormat(fixture(file))).toBe(format);
	});

	it.each([
		['Q?{T}', 'gift'],
		['::Title::Q', 'gift'],
		['Which {braces} here?\nA) one\nB) two\nANSWER: A', 'aiken'],
		['A) x\nB) y', null],
		['Just some prose.', null],
		['', null],
		['Escaped \\{ only \\}', null]
	])('reads %j as %s', (text, format) => {
		expect(detectFormat(text)).toBe(format);
	});
});
