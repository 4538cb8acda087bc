// PD105: a target that no browser reads as written: white space, `%` without two hex digits, or an impossible host.
import type { TextEdit } from '../finding';
import type { Rule } from '../rule';
import { shorten } from '../rule';
import { badHostReason, badPercentEscapes, isWebUrl, schemeOf, unsafeReason } from '../urls';

export const malformedUrl: Rule = {
	code: 'PD105',
	name: 'malformed-url',
	category: 'links',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'A link or image target is malformed: it contains white space, a bad percent escape or an invalid host.',
	fixable: true,
	check(ctx, report) {
		const text = ctx.doc.text;
		for (const { node } of ctx.links) {
			if (node.kind === 'link' && node.form === 'reference') continue;
			const image = node.kind === 'image';
			const href = image ? node.src : node.href;
			const range = image ? node.srcRange : node.hrefRange;
			if (href.trim() === '' || href.startsWith('#') || unsafeReason(href, image)) continue;
			// data: URLs carry payloads, not addresses.
			if (schemeOf(href) === 'data') continue;
			const problems: string[] = [];
			const source = text.slice(range.start, range.end);
			const spaces = /\s/.test(href.trim());
			const percents = badPercentEscapes(source);
			if (spaces) problems.push('it contains white space');
			if (badPercentEscapes(href).length > 0) problems.push(`"%" is not followed by two hex digits`);
			const hostReason = isWebUrl(href) && !spaces ? badHostReason(href) : undefined;
			if (hostReason) problems.push(hostReason);
			if (problems.length === 0) continue;
			let fix;
			// Spaces and stray `%` have one correct encoding; a bad host needs a person.
			if (!hostReason) {
				const edits: TextEdit[] = [];
				for (const p of percents) edits.push({ range: { start: range.start + p + 1, end: range.start + p + 1 }, newText: '25' });
				for (const m of source.matchAll(/[ \t]+|\r?\n[ \t]*/g)) {
					// A line break inside `<...>` is pandoc wrapping, not content: it is dropped, spaces are encoded.
					const newText = m[0].includes('\n') ? '' : '%20'.repeat(m[0].length);
					edits.push({ range: { start: range.start + m.index!, end: range.start + m.index! + m[0].length }, newText });
				}
				if (edits.length > 0) fix = { title: spaces && percents.length > 0 ? 'Encode spaces and "%" in the URL' : spaces ? 'Encode spaces in the URL' : 'Repair the percent escape ("%" to "%25")', edits };
			}
			report({ message: `Malformed URL "${shorten(href.trim(), 60)}": ${problems.join('; ')}.`, range, fix });
		}
	},
};
