/** The part of @citation-js/core the tests use (it ships no types): parse any format, read CSL-JSON, format a bibliography. */
declare module '@citation-js/core' {
	export class Cite {
		static async(data: unknown): Promise<Cite>;
		/** The parsed items, as CSL-JSON. */
		data: Record<string, unknown>[];
		format(format: 'bibliography' | 'data' | string, options?: Record<string, unknown>): string;
	}
}
