/**
 * What the auth link's server render (src/standalone/ssr.ts, built to dist/ssr/auth-link.js) hands the page route
 * (src/server/routes/auth-link-ssr.ts). Declared here, outside the hub's sources, so the server's compile reaches no Lit.
 */
export interface AuthLinkRender {
  lang: string;
  dir: 'ltr' | 'rtl';
  documentTitle: string;
  eyebrow: string;
  title: string;
  done: string;
  footer: string;
  /** The inside of `<connect-hub>` (a `<template shadowrootmode="open">`), or '' when the list is not what the hub will show first. */
  hub: string;
}
