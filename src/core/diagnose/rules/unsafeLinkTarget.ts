// PD102: a target the shared URL policy refuses (`javascript:`, `vbscript:`, `command:`, `vscode:`, non-image `data:`,
// any scheme off the allow-list, in any encoding) runs code or leaves the page when followed; dumps are untrusted input.
import type { Rule } from '../rule';
import { shorten } from '../rule';
import { unsafeReason } from '../urls';

export const unsafeLinkTarget: Rule = {
	code: 'PD102',
	name: 'unsafe-link-target',
	category: 'links',
	defaultSeverity: 'warning',
	defaultEnabled: true,
	description: 'A link or image target uses a scheme off the allow-list (http, https, mailto, tel; raster data: images), such as javascript:, command: or vscode:, in any encoding.',
	fixable: false,
	check(ctx, report) {
		for (const { node } of ctx.links) {
			const image = node.kind === 'image';
			const href = image ? node.src : node.href;
			const reason = unsafeReason(href, image);
			if (!reason) continue;
			const range = image ? node.srcRange : node.hrefRange;
			report({ message: `Unsafe ${image ? 'image source' : 'link target'} "${shorten(href, 60)}": ${reason}.`, range });
		}
	},
};
