import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { zipEntries, zipSite, zipSiteSize, sortedByPath } from '../../src/editions/zip-site.ts';
import { crc32 } from 'node:zlib';
import { fillSlots, formatKb, settleSize, sizeSlots, statedSizes, statements } from '../../src/editions/sizes.ts';
import { offlineManifest, serviceWorkerScript } from '../../src/editions/offline-manifest.ts';
import { cachePrefix, manifestFromWorkerScript } from '../../src/editions/offline-protocol.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** Puts the time zone back as it was: test files share their worker's process (vitest.config.ts). */
function restoreZone(zone: string | undefined) {
	// Assigned undefined, TZ would hold the string "undefined".
	if (zone === undefined) delete process.env.TZ;
	else process.env.TZ = zone;
}

describe('zipEntries', () => {
	const zone = process.env.TZ;
	afterEach(() => restoreZone(zone));

	it('gives the same bytes in any time zone, with the entries in the order given', () => {
		const entries = [{ path: 'b.html', data: bytes('b') }, { path: 'a/c.css', data: bytes('c') }];
		process.env.TZ = 'Pacific/Kiritimati';
		const east = zipEntries(entries, '2024-12-04');
		process.env.TZ = 'America/Los_Angeles';
		const west = zipEntries(entries, '2024-12-04');
		expect(Buffer.from(east).equals(Buffer.from(west))).toBe(true);
		expect(Object.keys(unzipSync(east))).toEqual(['b.html', 'a/c.css']);
		expect(Object.keys(unzipSync(zipEntries(sortedByPath(entries), '2024-12-04')))).toEqual(['a/c.css', 'b.html']);
	});

	it('stores an entry uncompressed when asked, as an EPUB needs its mimetype', () => {
		const zip = Buffer.from(zipEntries([{ path: 'mimetype', data: bytes('application/epub+zip'), stored: true }], '2024-11-29'));
		expect(zip.readUInt16LE(8)).toBe(0);
		expect(zip.subarray(30, 38).toString()).toBe('mimetype');
	});

	it('refuses a bad date, a path twice, and a path that would jump the queue', () => {
		expect(() => zipEntries([], '29 November 2024')).toThrow(/not a YYYY-MM-DD date/);
		expect(() => zipEntries([{ path: 'a', data: bytes('') }, { path: 'a', data: bytes('') }], '2024-11-29')).toThrow(/"a" is in the archive twice/);
		expect(() => zipEntries([{ path: '404', data: bytes('') }], '2024-11-29')).toThrow(/lose its place/);
	});
});

describe('zipSite', () => {
	const page = bytes('<p>'.repeat(2000));
	const fragment = new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251));
	const entries = [{ path: 'index.html', data: page }, { path: 'pagefind/fragment/en_1.pf_fragment', data: fragment }];

	it('holds the same files as zipEntries, in the order given, deflating text and storing what is compressed already', () => {
		const zip = zipSite(entries, '2024-12-04');
		const files = unzipSync(zip);
		expect(Object.keys(files)).toEqual(['index.html', 'pagefind/fragment/en_1.pf_fragment']);
		expect(Buffer.from(files['index.html']).equals(Buffer.from(page))).toBe(true);
		expect(Buffer.from(files['pagefind/fragment/en_1.pf_fragment']).equals(Buffer.from(fragment))).toBe(true);
		expect(zip.length).toBeLessThan(page.length / 10 + fragment.length + 400);
		expect(Buffer.from(zip).readUInt16LE(8), 'the page is deflated').toBe(8);
	});

	it('gives the same bytes when made again, from its cache or from fresh copies of the data, in any time zone', () => {
		const zone = process.env.TZ;
		process.env.TZ = 'Pacific/Kiritimati';
		const first = zipSite(entries, '2024-12-04');
		process.env.TZ = 'America/Los_Angeles';
		const again = zipSite(entries, '2024-12-04');
		const fresh = zipSite(entries.map((e) => ({ ...e, data: e.data.slice() })), '2024-12-04');
		restoreZone(zone);
		expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
		expect(Buffer.from(fresh).equals(Buffer.from(first))).toBe(true);
	});

	it('stores an entry marked stored, as zipEntries does, even one it has deflated before', () => {
		zipSite([entries[0]], '2024-12-04');
		const zip = zipSite([{ ...entries[0], stored: true }], '2024-12-04');
		expect(Buffer.from(zip).readUInt16LE(8), 'the page is stored').toBe(0);
		expect(Buffer.from(unzipSync(zip)['index.html']).equals(Buffer.from(page))).toBe(true);
	});

	it('deflates a file given in parts into one entry that reads back whole, with the whole file’s checksum', () => {
		const parts = [bytes('<p>'.repeat(3000)), bytes('572\u00a0KB'), bytes('</p>'.repeat(3000))];
		const whole = Buffer.concat(parts);
		const zip = Buffer.from(zipSite([{ path: 'index.html', data: parts }], '2024-12-04'));
		expect(Buffer.from(unzipSync(zip)['index.html']).equals(whole)).toBe(true);
		const directory = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
		expect(zip.readUInt32LE(directory + 16), 'the checksum in the directory').toBe(crc32(whole) >>> 0);
		expect(zip.readUInt32LE(directory + 24), 'the size in the directory').toBe(whole.length);
		expect(zip.length).toBeLessThan(whole.length / 10);
	});

	it('measures its own length without making the zip, for parts, stored files and comments alike', () => {
		const parts = [bytes('<p>'.repeat(3000)), bytes('572\u00a0KB'), bytes('</p>'.repeat(3000))];
		const site = [...entries, { path: 'all.html', data: parts }, { path: 'zz.css', data: bytes('p{}'), stored: true, comment: '   ' }];
		expect(zipSiteSize(site)).toBe(zipSite(site, '2024-12-04').byteLength);
		// A part shared with another page, and a long comment, as the last pass's padding is.
		const shared = [...site, { path: 'zz/other.html', data: [bytes('<p>'), parts[1], bytes('</p>')], comment: ' '.repeat(700) }];
		expect(zipSiteSize(shared)).toBe(zipSite(shared, '2024-12-04').byteLength);
	});

	it('refuses a file given in no parts, which would leave its entry open', () => {
		expect(() => zipSiteSize([{ path: 'index.html', data: [] }])).toThrow(/"index.html" is given in no parts/);
	});

	it('refuses a bad date and a path twice, as zipEntries does', () => {
		expect(() => zipSite([], '4 December 2024')).toThrow(/not a YYYY-MM-DD date/);
		expect(() => zipSite([entries[0], entries[0]], '2024-12-04')).toThrow(/"index.html" is in the archive twice/);
	});
});

/** A page with its sizes stated, as the editions step writes it. */
function stateSizes(html: string, sizes: Record<string, number>, page?: string): string {
	const slots = sizeSlots(html);
	return fillSlots(slots.text, statements(slots, sizes, page)).join('');
}

describe('stated sizes', () => {
	const page = '<p>EPUB, <span data-edition-size="briefing.epub">size at build</span> · zip, <span data-edition-size="briefing.zip">size at build</span></p>';

	it('fill each placeholder with its file’s size in whole kilobytes', () => {
		const html = stateSizes(page, { 'briefing.epub': 86_000, 'briefing.zip': 585_707 });
		expect(statedSizes(html)).toEqual({ 'briefing.epub': '84\u00a0KB', 'briefing.zip': '572\u00a0KB' });
		expect(stateSizes(html, { 'briefing.epub': 86_000, 'briefing.zip': 2048 })).toContain('>2\u00a0KB<');
		expect(formatKb(10)).toBe('1\u00a0KB');
	});

	it('cut a page at its statements, so that only they change when it is made again', () => {
		const slots = sizeSlots(page);
		expect(slots.files).toEqual(['briefing.epub', 'briefing.zip']);
		expect(slots.text).toEqual(['<p>EPUB, <span data-edition-size="briefing.epub">', '</span> · zip, <span data-edition-size="briefing.zip">', '</span></p>']);
		expect(sizeSlots('<p>no sizes</p>')).toEqual({ text: ['<p>no sizes</p>'], files: [] });
	});

	it('name the page and the file when a placeholder names a file nobody writes', () => {
		expect(() => stateSizes(page, { 'briefing.epub': 1 }, 'map.html')).toThrow(/map\.html: data-edition-size="briefing\.zip"/);
	});
});

describe('settleSize', () => {
	it('states the file’s own size, in as few passes as the statement needs', () => {
		// A file that grows a little with the number it states, as the zip does.
		const settled = settleSize((stated) => 500_000 + String(stated).length * 13, (length) => length);
		expect(formatKb(settled.length)).toBe(formatKb(500_000 + 6 * 13));
		expect(formatKb(settled.stated)).toBe(formatKb(settled.length));
		expect(settled.padding).toBe(0);
		expect(settled.made).toBe(settled.length);
		expect(settled.passes).toBe(2);
	});

	it('states the larger size and pads the file up to it when the statement flips between two', () => {
		// Stating 10 KB makes a file of 10.6 KB (11 KB); stating 11 KB makes one of 10.4 KB (10 KB).
		const measure = (stated: number, padding: number) => (Math.round(stated / 1024) === 11 ? 10_650 : 10_860) + padding;
		const settled = settleSize(measure, (length) => length);
		expect(formatKb(settled.stated)).toBe(formatKb(11 * 1024));
		expect(settled.length).toBe(Math.ceil(10.5 * 1024));
		expect(measure(settled.stated, settled.padding)).toBe(settled.length);
	});

	it('gives up, saying so, when no size holds', () => {
		expect(() => settleSize((stated) => stated + 5_000, (length) => length, 4)).toThrow(/did not settle in 4 passes/);
	});
});

describe('offlineManifest', () => {
	const site = (changes: Record<string, string> = {}) =>
		new Map(Object.entries({
			'index.html': 'overview',
			'assets/search.js': 'search',
			'pagefind/pagefind.js': 'engine',
			'pagefind/pagefind-ui.js': 'an interface the site does not use',
			'assets/service-worker.js': 'worker code',
			'service-worker.js': 'the worker',
			'briefing.zip': 'zip',
			'briefing.epub': 'epub',
			_headers: 'headers',
			...changes,
		}).map(([path, text]) => [path, bytes(text)]));

	it('stores pages, assets and search files, not the downloads, the worker or host files', () => {
		expect(offlineManifest(site()).files).toEqual([['assets/search.js', 6], ['index.html', 8], ['pagefind/pagefind.js', 6]]);
	});

	it('changes version when any file of the site changes, the worker’s code included, and only then', () => {
		const { version } = offlineManifest(site());
		expect(version).toMatch(/^[0-9a-f]{16}$/);
		expect(offlineManifest(site({ 'index.html': 'overview, corrected' })).version).not.toBe(version);
		expect(offlineManifest(site({ 'assets/service-worker.js': 'new worker code' })).version).not.toBe(version);
		expect(offlineManifest(site({ 'briefing.zip': 'another zip', 'service-worker.js': 'rewritten' })).version).toBe(version);
	});

	it('reads a page given in parts as the same page whole', () => {
		const whole = site({ 'index.html': 'overview, 572 KB' });
		const parts = new Map<string, Uint8Array | Uint8Array[]>(whole);
		parts.set('index.html', [bytes('overview, '), bytes('572'), bytes(' KB')]);
		expect(offlineManifest(parts)).toEqual(offlineManifest(whole));
	});

	it('writes a worker whose manifest the page can read back', () => {
		const manifest = offlineManifest(site());
		const script = serviceWorkerScript(manifest);
		expect(manifestFromWorkerScript(script)).toEqual(manifest);
		expect(script).toContain(`importScripts("assets/service-worker.js?v=${manifest.version}")`);
		expect(() => manifestFromWorkerScript('self.x=1;')).toThrow(/no manifest/);
	});

	it('names caches by the site’s folder, so two copies on one host stay apart', () => {
		expect(cachePrefix('https://example.org/')).not.toBe(cachePrefix('https://example.org/briefing/'));
	});
});
