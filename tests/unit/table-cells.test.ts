import { describe, expect, it } from 'vitest';
import { labelTableCells } from '../../src/components/table-cells';

describe('labelTableCells', () => {
	it('labels every body cell but the first with its column’s heading, as text', () => {
		const rows = '<thead><tr><th>Step</th><th>What <em>happens</em></th><th>Source</th></tr></thead><tbody><tr><td>1. Invitation</td><td>Allies decide.</td><td>NATO<sup><a href="#fn-1" data-footnote-ref="">1</a></sup></td></tr></tbody>';
		const { html, columns } = labelTableCells(rows);
		expect(columns).toBe(3);
		expect(html).toBe(
			'<thead><tr><th>Step</th><th>What <em>happens</em></th><th>Source</th></tr></thead><tbody><tr><td>1. Invitation</td><td data-label="What happens">Allies decide.</td><td data-label="Source">NATO<sup><a href="#fn-1" data-footnote-ref="">1</a></sup></td></tr></tbody>',
		);
	});

	it('leaves a table without a heading row as it is', () => {
		const rows = '<tbody><tr><td>a</td><td>b</td></tr></tbody>';
		expect(labelTableCells(rows)).toEqual({ html: rows, columns: 0 });
	});
});
