/**
 * Imported before the hub's elements are defined (main.ts): the server's render of the list (declarative
 * shadow DOM, ssr.ts) was the first paint; its shadow root is emptied before `<connect-hub>` upgrades, so the
 * element renders the same view from the same inline data into an empty root, in this same task.
 */
document.querySelector('connect-hub')?.shadowRoot?.replaceChildren();
