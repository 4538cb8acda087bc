// The preview's no-script checks, made on an HTML text (the report's): no script, frame, form, handler or remote load.
import * as assert from 'node:assert/strict';

/**
 * The checks the preview's UI test makes on its webview DOM, made on the report's HTML text: no script, frame, form,
 * embedded object, event handler or script URL, nothing loaded from anywhere, and a CSP that forbids the rest.
 */
export function assertNoScript(html: string): void {
	// Text from dumps is escaped, so every `<name ...>` left in the page is a real tag.
	const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)];
	assert.ok(tags.length > 10);
	for (const [tag, name, attrs] of tags) {
		assert.ok(!/^(script|iframe|frame|frameset|form|object|embed|base|link|input|button)$/i.test(name), tag);
		assert.doesNotMatch(attrs, /(?:^|\s)on[a-z]+\s*=/i, `an event handler: ${tag}`);
		assert.doesNotMatch(attrs, /(?:href|src|action|xlink:href)\s*=\s*["']?\s*(?:javascript|vbscript|data):/i, tag);
		assert.doesNotMatch(attrs, /(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i, `something loaded from the network: ${tag}`);
		if (/^meta$/i.test(name)) assert.doesNotMatch(attrs, /refresh/i, tag);
	}
	assert.doesNotMatch(html, /@import|url\(/i, 'a stylesheet import or url() in CSS');
	assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
}
