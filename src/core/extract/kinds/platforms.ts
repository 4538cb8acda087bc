// Platform profiles of page kinds, as data: class words that forum, shop and documentation software always write.
import type { PageKind } from './pageKind';

/** A platform recognised by its class vocabulary, and the kind of page it makes. */
export interface KindPlatform {
	readonly name: string;
	/** Matches the id/class words of at least one container of a page from this platform. */
	readonly detect: RegExp;
	/** The kind of its pages; `shop` pages are products, or collections when they hold a grid of priced cards. */
	readonly kind: PageKind | 'shop';
}

export const KIND_PLATFORMS: readonly KindPlatform[] = [
	{ name: 'discourse', detect: /(^|\s)(?:topic-body|crawler-post|topic-post)(\s|$)/, kind: 'forum' },
	{ name: 'phpbb', detect: /(^|\s)(?:postbody|postprofile|post-buttons)(\s|$)/, kind: 'forum' },
	{ name: 'vbulletin', detect: /(^|\s)(?:postbit\w*|postcontainer|vbmenu_\w+|b-post)(\s|$)/, kind: 'forum' },
	{ name: 'xenforo', detect: /(^|\s)(?:message--post|bbWrapper|message-userContent)(\s|$)/, kind: 'forum' },
	{ name: 'invision', detect: /(^|\s)(?:ipsComment_content|cPost_contentWrap|cAuthorPane\w*)(\s|$)/, kind: 'forum' },
	{ name: 'bbpress', detect: /(^|\s)(?:bbp-reply-content|bbp-topic-content)(\s|$)/, kind: 'forum' },
	{ name: 'shopify', detect: /(^|\s)(?:shopify-section|product-form\w*|product__info-container)(\s|$)/, kind: 'shop' },
	{ name: 'woocommerce', detect: /(^|\s)(?:woocommerce\S*|single-product|product_meta)(\s|$)/, kind: 'shop' },
	{ name: 'magento', detect: /(^|\s)(?:catalog-product-view|product-info-main|products-grid|page-products)(\s|$)/, kind: 'shop' },
	{ name: 'sphinx', detect: /(^|\s)(?:sphinxsidebar\w*|rst-content|toctree-wrapper|headerlink)(\s|$)/, kind: 'documentation' },
	{ name: 'docusaurus', detect: /(^|\s)(?:theme-doc-markdown|docMainContainer\w*|docusaurus\S*)(\s|$)/, kind: 'documentation' },
	{ name: 'mkdocs', detect: /(^|\s)(?:md-content|md-sidebar|md-nav)(\s|$)/, kind: 'documentation' },
];
