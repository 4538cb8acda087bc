// Member links written as a PHP script's query string (phpBB, SMF): a poster's mark where the link names no member path.
/*
 * Why: a poster's mark (kinds/scatteredPosts.ts `POSTER_MARK_RE`) reads a link to a member's page by its path
 * (`/members/x.3/`, `/u/name`, `/profile.php?id=`, `/member.php?u=`). Two of the most installed board engines name the
 * member in the query string of a script whose name is no member path, and their posts showed no poster once their
 * class words (`{.username}`) were unknown or opaque:
 * - phpBB 3: `memberlist.php?mode=viewprofile&u=2` (phpbb/phpbb phpBB/includes/functions_content.php
 *   `get_username_string`, the poster's link of every post in prosilver's viewtopic_body.html);
 * - SMF 2 and its fork ElkArte: `index.php?action=profile;u=1` (SimpleMachines/SMF Sources/Load.php `loadMemberData`,
 *   the `href` of each poster's `memberContext`).
 * Both as a Markdown link's target and as a raw HTML `href` (`&amp;` escaped).
 * Measured on the tuning part of wcxb-dev with every class and id word made opaque (`EVAL_DECLASS=all`, the proxy for
 * unseen sites), with the permalink subject of kinds/anonymousPosts.ts: forum half B 0.8715 -> 0.8805 (an SMF thread
 * 0.89 -> 0.96 and a phpBB thread 0.71 -> 0.98, each read as a thread), half A unchanged; the tuning part as it is: no
 * page moved (the phpBB and SMF profiles name these posts by class).
 */
export const MEMBER_QUERY_LINK = '(?:memberlist\\.php\\?mode=viewprofile|[?;&]action=profile[;&](?:amp;)?u=)';
