import { cachePrefix, manifestFromWorkerScript, MESSAGE_TYPE, SERVICE_WORKER_FILE, type OfflineMessage } from '../editions/offline-protocol.ts';

/**
 * "Keep this briefing for offline reading", loaded when a reader first opens
 * the control (a <details> in the footer). It offers to save the site, with
 * its size; registers the service worker, which stores every file and reports
 * progress; and offers to remove the copy, which unregisters the worker and
 * deletes what it stored. From disk the site is offline already, and
 * without service workers (no https) it cannot be saved: the control says so.
 */

// This file is /assets/keep-offline.js: the site's folder is one level up, wherever the site is.
const ROOT = new URL('../', (document.currentScript as HTMLScriptElement).src).href;
const WORKER = new URL(SERVICE_WORKER_FILE, ROOT).href;
const PREFIX = cachePrefix(ROOT);

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const make = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) => Object.assign(document.createElement(tag), props);

class OfflineControl {
	#status = make('p', { className: 'keep-offline__body' });
	#progress = make('progress', { hidden: true });
	#button = make('button', { type: 'button', hidden: true });
	#action: () => void = () => {};

	constructor(details: HTMLDetailsElement) {
		this.#status.setAttribute('role', 'status');
		this.#progress.setAttribute('aria-label', 'Saved so far');
		this.#button.addEventListener('click', () => this.#action());
		details.querySelector('.keep-offline__body')?.remove();
		details.append(this.#status, this.#progress, this.#button);
		navigator.serviceWorker.addEventListener('message', (event) => this.#heard(event.data as OfflineMessage));
		navigator.serviceWorker.startMessages();
		// Opened at the foot of the page, the control grew below the screen's edge, out of a phone reader's sight.
		void this.#show().then(() => details.scrollIntoView({ block: 'nearest' }));
	}

	async #show() {
		// The worker's manifest lists what would be stored; offline, the stored copy's worker answers with its own.
		let size = 'a few megabytes';
		try {
			size = megabytes(manifestFromWorkerScript(await (await fetch(WORKER, { cache: 'no-cache' })).text()).files.reduce((sum, [, bytes]) => sum + bytes, 0));
		} catch {
			// Unread (offline before any copy was kept, say): the offer stands, with the size in round words.
		}
		if (await this.#stored()) {
			this.#say(`Saved in this browser (${size}): pages and search work without a connection. When the briefing is updated, the saved copy is replaced.`);
			this.#offer('Remove the offline copy', () => this.#remove());
		} else {
			this.#say(`Keeps every page, the map and search in this browser, to read without a connection: ${size}.`);
			this.#offer('Save for offline reading', () => this.#save());
		}
	}

	async #stored(): Promise<boolean> {
		const registration = await navigator.serviceWorker.getRegistration(ROOT);
		return Boolean(registration?.active) && (await caches.keys()).some((name) => name.startsWith(PREFIX));
	}

	async #save() {
		this.#busy('Saving…');
		this.#say('Saving…');
		this.#progress.hidden = false;
		this.#progress.removeAttribute('value');
		try {
			const registration = await navigator.serviceWorker.register(WORKER, { scope: ROOT });
			// Already installed (saved earlier, in another tab): look for a newer build, or say it is saved.
			if (registration.active && !registration.installing && !registration.waiting) {
				await registration.update();
				if (!registration.installing && !registration.waiting) await this.#show();
			}
		} catch (error) {
			// The worker's script could not be fetched: the host is out of reach.
			this.#failed(error instanceof Error ? error.message : String(error), 'the site could not be reached. Check the connection and try again.');
		}
	}

	#heard(message: OfflineMessage) {
		if (message?.type !== MESSAGE_TYPE) return;
		if (message.state === 'progress') {
			this.#progress.hidden = false;
			this.#progress.max = message.totalBytes;
			this.#progress.value = message.bytes;
			this.#progress.setAttribute('aria-valuetext', `${megabytes(message.bytes)} of ${megabytes(message.totalBytes)}`);
			this.#busy('Saving…');
		} else if (message.state === 'stored') {
			this.#progress.hidden = true;
			void this.#show();
		} else if (message.state === 'failed') {
			// A file the worker could not fetch (a host part-way through an update) or store (a browser out of room).
			this.#failed(
				message.error,
				/quota/i.test(message.error)
					? 'this browser has no room for it. Free some space, or use the downloads above, which work offline too.'
					: 'not every file could be fetched, as when the site is being updated. Try again in a minute.',
			);
		}
	}

	async #remove() {
		this.#busy('Removing…');
		const registration = await navigator.serviceWorker.getRegistration(ROOT);
		await registration?.unregister();
		for (const name of await caches.keys()) if (name.startsWith(PREFIX)) await caches.delete(name);
		this.#say('The offline copy is removed; nothing of the briefing is kept in this browser.');
		this.#offer('Save for offline reading', () => this.#save());
	}

	/** Says why saving stopped in a reader's words (`why`); the browser's own (“Failed to register a ServiceWorker for scope …”) go to the console. */
	#failed(error: string, why: string) {
		this.#progress.hidden = true;
		console.warn(`Saving for offline reading failed: ${error}`);
		this.#say(`Saving did not finish, so nothing was kept: ${why}`);
		this.#offer('Try again', () => this.#save());
	}

	#say(text: string) {
		this.#status.textContent = text;
	}

	/** The button's label and action. */
	#offer(label: string, action: () => void) {
		this.#button.hidden = false;
		this.#button.removeAttribute('aria-disabled');
		this.#button.textContent = label;
		this.#action = action;
	}

	/**
	 * The button while the control works, saying what it does and doing
	 * nothing: not hidden nor `disabled`, either of which takes the focus from
	 * a reader who pressed it and drops it at the top of the page.
	 */
	#busy(doing: string) {
		this.#button.hidden = false;
		this.#button.setAttribute('aria-disabled', 'true');
		this.#button.textContent = doing;
		this.#action = () => {};
	}
}

for (const details of document.querySelectorAll<HTMLDetailsElement>('details.keep-offline')) {
	if (location.protocol === 'file:') {
		// Opened from disk, the site is already an offline copy: nothing to keep.
		const note = make('p', { textContent: 'This copy is on your device already, so it works offline as it is.', tabIndex: -1 });
		details.replaceWith(note);
		note.focus();
	} else if (!('serviceWorker' in navigator) || !window.isSecureContext) {
		details.querySelector('.keep-offline__body')!.textContent =
			'This browser cannot keep the site here (it needs a secure https address). The downloads above work offline instead.';
	} else new OfflineControl(details);
}
