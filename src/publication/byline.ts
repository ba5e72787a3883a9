import { listed } from '../text/lists.ts';
import type { PublicationData } from './work.ts';

/** Who the briefing is by, for the line under each title: its authors, or else its issuing body. */
export function byline({ authors, issuedBy }: Pick<PublicationData, 'authors' | 'issuedBy'>): string {
	return authors.length === 0 ? issuedBy : listed(authors.map((a) => `${a.given} ${a.family}`));
}

/** The footer's credit: authors and issuing body, and the publisher when it is another. */
export function credit(publication: Pick<PublicationData, 'authors' | 'issuedBy' | 'publisher'>): string {
	const issued = publication.authors.length ? `By ${byline(publication)}; issued by ${publication.issuedBy}` : `Issued by ${publication.issuedBy}`;
	return publication.publisher === publication.issuedBy ? issued : `${issued}, published by ${publication.publisher}`;
}

/** The contact as a link: an email address gets `mailto:`. */
export const contactHref = (contact: string) => (contact.startsWith('https://') ? contact : `mailto:${contact}`);
