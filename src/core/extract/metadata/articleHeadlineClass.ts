// A heading whose own class names an article's headline ("article__title") is an article's title, whatever kind the page was detected as: its lead before a dash is kept.
import type { Block } from '../../model/dumpDocument';

/**
 * An article's headline class: "article" then, a few characters on, "title" or "headline", in one class name. Data, one
 * entry per convention:
 * - `article-template__title`: Shopify's Dawn theme, `sections/main-article.liquid` (repository Shopify/dawn), the h1
 *   of every blog post of a Dawn-based shop.
 * - `article__title`, `article-title`, `articleTitle`, `article-headline`: the BEM and camel-case names news and blog
 *   themes give the post's h1 (Shopify blog themes, hand-made CMS templates).
 * Forum software names a thread's subject otherwise (phpBB `topic-title`, XenForo `p-title-value`, Invision
 * `ipsType_pageTitle`, Discourse `fancy-title`, Flarum `DiscussionHero-title`, vBulletin `threadtitle`), so the class does
 * not fire on the thread pages whose board label `titleLeadLabel.ts` cuts.
 * Measured (cached regions): wcxb-dev tuning part title right half A 356 -> 357 of 498 (a Shopify blog post detected as
 * a forum, "Zero Waste - A Beginner's Guide", whose lead the label cut took), half B 433 -> 433 of 556; it changes no
 * other tuning title (1 page, 1 site): a guard against a wrong page kind, not a lever.
 */
const ARTICLE_HEADLINE_CLASS_RE = /article.{0,12}(?:title|headline)/i;

/** Whether the block is a heading whose own classes name an article's headline (see `ARTICLE_HEADLINE_CLASS_RE`). */
export function hasArticleHeadlineClass(block: Block | undefined): boolean {
	if (block?.kind !== 'heading') return false;
	return block.attrs?.classes.some((c) => ARTICLE_HEADLINE_CLASS_RE.test(c)) ?? false;
}
