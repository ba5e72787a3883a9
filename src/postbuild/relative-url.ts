/**
 * The URL of `target` relative to the page at `from`, both root-absolute
 * paths (`/a/b.html`). Directory targets (`/`, `/a/`) gain `index.html`,
 * because a folder URL opened from disk shows a listing, not the page.
 */
export function relativeUrl(from: string, target: string): string {
	const match = /^([^?#]*)(.*)$/.exec(target)!;
	let path = match[1];
	const rest = match[2];
	if (path.endsWith('/')) path += 'index.html';
	const fromDirs = from.split('/').slice(1, -1);
	const toParts = path.split('/').slice(1);
	let common = 0;
	while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
	const up = fromDirs.length - common;
	const down = toParts.slice(common).join('/');
	const result = (up > 0 ? '../'.repeat(up) : '') + down;
	return (result === '' ? './' : result) + rest;
}
