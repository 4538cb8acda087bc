// PD109: an image without alt text says nothing to screen readers, to text renderings, or when it fails to load.
import { isHidden } from '../../extract/inlineText';
import { attributeValue } from '../../dump/attributes';
import type { Inline } from '../../model/dumpDocument';
import type { Rule } from '../rule';
import { shorten } from '../rule';
import { trackingReason } from '../../vocab/tracking';

function altText(inlines: readonly Inline[]): string {
	let out = '';
	for (const n of inlines) {
		if (n.kind === 'text' || n.kind === 'code') out += n.value;
		else if (n.kind === 'emphasis' || n.kind === 'span' || n.kind === 'link') out += altText(n.children);
	}
	return out;
}

export const imageMissingAlt: Rule = {
	code: 'PD109',
	name: 'image-missing-alt',
	category: 'links',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'An image has no alt text (decorative images marked role="presentation" or hidden are exempt).',
	fixable: false,
	check(ctx, report) {
		for (const { node } of ctx.links) {
			if (node.kind !== 'image' || altText(node.alt).trim() !== '') continue;
			const role = attributeValue(node.attrs, 'role')?.toLowerCase();
			if (role === 'presentation' || role === 'none' || isHidden(node.attrs)) continue;
			if (attributeValue(node.attrs, 'aria-label')?.trim() || node.title?.trim()) continue;
			// A tracking pixel is PD110's, and has nothing to describe.
			if (trackingReason(node.src, node.attrs)) continue;
			report({ message: `Image "${shorten(node.src, 60)}" has no alt text.`, range: node.range });
		}
	},
};
