/**
 * The second build the tests share (tests/setup/build-site.ts makes it once):
 * the real briefing with a site URL configured and one glossary definition
 * changed. The publication tests read it as a site that knows its address;
 * the offline-copy test deploys it over the first build as a new version.
 */
export const VARIANT_SITE = 'https://publisher.example.net/briefing/';
export const VARIANT_MARKER = 'Rebuilt to test that a saved copy is replaced.';

/** The content files the variant changes, from the real ones. */
export function variantFiles(briefingYaml: string, glossaryYaml: string): Record<string, string> {
	if (!glossaryYaml.includes('definition: "')) throw new Error('content/glossary.yaml: no definition for the variant build to change');
	return {
		'briefing.yaml': `${briefingYaml}\nsiteUrl: ${VARIANT_SITE}\n`,
		'glossary.yaml': glossaryYaml.replace('definition: "', `definition: "${VARIANT_MARKER} `),
	};
}
