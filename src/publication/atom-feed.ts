import { escapeUTF8 } from 'entities';
import { formatDate } from '../text/dates.ts';
import { KIND_LABEL, type Notice } from './log.ts';
import { absoluteUrl } from './site-url.ts';

/** Where the feed is, from the site's root. `.atom`, so hosts send it as application/atom+xml. */
export const FEED_PATH = 'updates.atom';

export interface FeedInput {
	siteUrl: string;
	title: string;
	issuedBy: string;
	/** The briefing's last change, YYYY-MM-DD. */
	updated: string;
	/** The log, newest first, each entry with where its notice leads. */
	entries: Notice[];
}

/** Dates are days; a feed wants instants. Midnight UTC keeps the bytes the same on every build. */
const instant = (date: string) => `${date}T00:00:00Z`;

/**
 * An Atom feed (RFC 4287) of the corrections and updates log, so readers who
 * cite the briefing hear when it changes. Made only with a site URL: every
 * address in a feed must be absolute.
 */
export function atomFeed({ siteUrl, title, issuedBy, updated, entries }: FeedInput): string {
	const x = escapeUTF8;
	const log = absoluteUrl(siteUrl, 'about.html#corrections');
	const items = entries.map((e) =>
		[
			'  <entry>',
			`    <id>${x(absoluteUrl(siteUrl, `about.html#${e.anchor}`))}</id>`,
			`    <title>${KIND_LABEL[e.kind]}, ${formatDate(e.date)}</title>`,
			`    <updated>${instant(e.date)}</updated>`,
			`    <link rel="alternate" type="text/html" href="${x(absoluteUrl(siteUrl, e.href))}"/>`,
			`    <summary>${x(e.summary)}</summary>`,
			'  </entry>',
		].join('\n'),
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  <id>${x(log)}</id>`,
		`  <title>${x(title)}: corrections and updates</title>`,
		`  <updated>${instant(updated)}</updated>`,
		`  <author><name>${x(issuedBy)}</name></author>`,
		`  <link rel="self" type="application/atom+xml" href="${x(absoluteUrl(siteUrl, FEED_PATH))}"/>`,
		`  <link rel="alternate" type="text/html" href="${x(log)}"/>`,
		...items,
		'</feed>',
		'',
	].join('\n');
}
