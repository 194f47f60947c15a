import { describe, expect, it } from 'vitest';
import { containsWords, normalise, numbersIn, parseNumber } from './text';

describe('normalise', () => {
	it.each([
		['  Zamir   KABULOV ', 'zamir kabulov'],
		['Kabulov.', 'kabulov'],
		['Doha’s "meeting"', 'doha s meeting'],
		['Crème brûlée', 'creme brulee'],
		['Daesh-Khorasan', 'daesh khorasan']
	])('makes %j compare as %j', (input, expected) => {
		expect(normalise(input)).toBe(expected);
	});
});

describe('containsWords', () => {
	it('matches whole words only, ignoring case and punctuation', () => {
		expect(containsWords('met with the Taliban’s Foreign Minister, Amir Khan Muttaqi,', 'amir khan muttaqi')).toBe(
			true
		);
		expect(containsWords('Kazakhstan in December', 'Kazakh')).toBe(false);
		expect(containsWords('anything', '...')).toBe(false);
	});
});

describe('numbersIn', () => {
	it.each([
		['Just six days after the ruling', [6]],
		['claimed nearly 150 lives', [150]],
		['$3 billion in 2025', [3, 3e9, 2025]],
		['representation in 41 countries', [41]],
		['forty-one countries', [40, 1, 41]],
		['1,500 answers', [1500]],
		['the third Doha meeting', [3]]
	])('finds the numbers in %j', (text, expected) => {
		expect(numbersIn(text)).toEqual(expected);
	});
});

describe('parseNumber', () => {
	it.each([
		['6', 6],
		[' 1,500 ', 1500],
		['3.5', 3.5],
		['-2', -2],
		['six', 6],
		['forty one', 41],
		['', undefined],
		['6 days', undefined],
		['1,50', undefined]
	])('reads %j as %j', (input, expected) => {
		expect(parseNumber(input)).toBe(expected);
	});
});
