/**
 * `fetch` for Pagefind read from disk, where the page's origin is `null` and
 * fetch, XHR and module imports of file:// URLs are refused, but classic
 * scripts load. The build writes every file of Pagefind's bundle twice: as
 * itself, and as a classic script twin (`<file>.js`) that hands its bytes to
 * `__pagefindFile`. This function, bundled into Pagefind's own engine in
 * place of the global `fetch`, adds the twin of each file Pagefind asks for
 * only when it asks, so its lazy loading of index chunks and fragments is
 * kept; only the few files that every search reads are asked for at once,
 * when this script runs. Nothing else about the engine changes.
 */
type Waiter = { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void };

const loaded = new Map<string, Promise<Uint8Array>>();
const waiting = new Map<string, Waiter>();

/** The browser's own decoder where it has one (Chromium 140, Firefox 133, Safari 18.2), else a loop over atob's string. */
const native = Uint8Array as unknown as { fromBase64?: (base64: string) => Uint8Array };
function fromBase64(base64: string): Uint8Array {
	if (native.fromBase64) return native.fromBase64(base64);
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

(globalThis as unknown as { __pagefindFile: (name: string, base64: string) => void }).__pagefindFile = (name, base64) => {
	waiting.get(name)?.resolve(fromBase64(base64));
	waiting.delete(name);
};

/** The bundle's folder, `…/pagefind/`, from this script's own address (it is `pagefind/pagefind.disk.js`). */
const bundle = new URL('./', (document.currentScript as HTMLScriptElement).src).href;

/** The bytes of one bundle file, from its twin, added to the page the first time anyone asks. */
function load(name: string): Promise<Uint8Array> {
	let bytes = loaded.get(name);
	if (!bytes) {
		bytes = new Promise<Uint8Array>((resolve, reject) => {
			waiting.set(name, { resolve, reject });
			const script = document.createElement('script');
			script.src = `${bundle}${name}.js`;
			script.onload = () => {
				script.remove();
				// A twin that loaded but did not call back is not ours; say so rather than wait forever.
				if (waiting.has(name)) reject(new Error(`${script.src} did not deliver ${name}`));
			};
			script.onerror = () => {
				script.remove();
				waiting.delete(name);
				loaded.delete(name);
				reject(new Error(`could not load ${script.src}`));
			};
			document.head.append(script);
		});
		// Asked for ahead of the engine, a file it never reads is no error of the reader's.
		bytes.catch(() => {});
		loaded.set(name, bytes);
	}
	return bytes;
}

/** The files every search waits for, named at build (src/postbuild/search/disk-transport.ts). */
declare const __PRELOAD__: string;
for (const name of JSON.parse(__PRELOAD__) as string[]) load(name);

export function pagefindDiskFetch(input: RequestInfo | URL): Promise<Response> {
	// Pagefind may drop the scheme from its base (`/…/pagefind/x`): resolve against the page.
	const url = new URL(String(input instanceof Request ? input.url : input), location.href).href.replace(/[?#].*$/, '');
	if (!url.startsWith(bundle)) return Promise.reject(new Error(`Pagefind asked for ${url}, outside its bundle ${bundle}`));
	return load(url.slice(bundle.length)).then((b) => new Response(b as BodyInit));
}
