import { listed } from '../text/lists.ts';
import type { PublicationData } from './work.ts';

/** Who the briefing is by, one by one: its authors, or else its issuing body. */
export function creators({ authors, issuedBy }: Pick<PublicationData, 'authors' | 'issuedBy'>): string[] {
	return authors.length === 0 ? [issuedBy] : authors.map((a) => `${a.given} ${a.family}`);
}

/** Who the briefing is by, for the line under each title. */
export const byline = (publication: Pick<PublicationData, 'authors' | 'issuedBy'>): string => listed(creators(publication));

/** The footer's credit: authors and issuing body, and the publisher when it is another. */
export function credit(publication: Pick<PublicationData, 'authors' | 'issuedBy' | 'publisher'>): string {
	const issued = publication.authors.length ? `By ${byline(publication)}; issued by ${publication.issuedBy}` : `Issued by ${publication.issuedBy}`;
	return publication.publisher === publication.issuedBy ? issued : `${issued}, published by ${publication.publisher}`;
}

/** The contact as a link: an email address gets `mailto:`. */
export const contactHref = (contact: string) => (contact.startsWith('https://') ? contact : `mailto:${contact}`);
