// PD110: a tracking pixel or beacon left in the article reports every reading of the dump to the tracker.
import { deleteLines, removeLinkRef } from '../fixes';
import type { Rule } from '../rule';
import { shorten } from '../rule';
import { imgTagAttributes, trackingReason } from '../../vocab/tracking';

export const trackingPixel: Rule = {
	code: 'PD110',
	name: 'tracking-pixel',
	category: 'links',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'The article holds a tracking pixel or beacon (a 1\u00d71 image, or an image from an analytics service).',
	fixable: true,
	check(ctx, report) {
		const text = ctx.doc.text;
		for (const ref of ctx.links) {
			const node = ref.node;
			if (node.kind !== 'image') continue;
			const reason = trackingReason(node.src, node.attrs);
			if (!reason) continue;
			report({
				message: `Tracking pixel "${shorten(node.src, 60)}": ${reason}.`,
				range: node.range,
				fix: { title: 'Remove the tracking pixel', edits: [removeLinkRef(text, ref)] },
			});
		}
		for (const raw of ctx.rawHtml) {
			for (const m of raw.html.matchAll(/<img\b[^<>]*>/gi)) {
				const start = raw.range.start + m.index!;
				const img = imgTagAttributes(m[0], start);
				const reason = img && trackingReason(img.src, img.attrs);
				if (!img || !reason) continue;
				const range = { start, end: start + m[0].length };
				const lines = deleteLines(text, range);
				report({
					message: `Tracking pixel "${shorten(img.src, 60)}" in raw HTML: ${reason}.`,
					range,
					fix: { title: 'Remove the tracking pixel', edits: [lines ?? { range, newText: '' }] },
				});
			}
		}
	},
};
