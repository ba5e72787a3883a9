import { SLASH_KEY_SETTING } from '../../site/handlers.ts';

/** Whether "/" opens search in this browser: unless the reader turned it off here (SLASH_KEY_SETTING). */
export function slashKeyOn(): boolean {
	try {
		return localStorage.getItem(SLASH_KEY_SETTING.key) !== SLASH_KEY_SETTING.off;
	} catch {
		return true;
	}
}

/**
 * <search-key-setting>, on the search page: the checkbox that turns "/",
 * search's one-key shortcut, off and on again for every page, as this
 * browser keeps it. Ctrl/⌘-K stays either way. Hidden until this script
 * runs, and where the browser keeps nothing (storage refused), where the
 * choice could not be kept.
 */
class SearchKeySetting extends HTMLElement {
	connectedCallback() {
		const box = this.querySelector('input');
		if (!box) return;
		try {
			localStorage.getItem(SLASH_KEY_SETTING.key);
		} catch {
			return;
		}
		box.checked = slashKeyOn();
		box.addEventListener('change', () => {
			if (box.checked) localStorage.removeItem(SLASH_KEY_SETTING.key);
			else localStorage.setItem(SLASH_KEY_SETTING.key, SLASH_KEY_SETTING.off);
		});
		this.hidden = false;
	}
}

customElements.define('search-key-setting', SearchKeySetting);
