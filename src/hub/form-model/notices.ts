import type { Notice } from '../../contract/fields.js';

/** Where each notice goes (CONTRACT.md §3.3): before/after a visible field, or all stacked at the top. */
export interface NoticePlacement {
  /** Shown above everything: every notice when the form has no visible field. */
  stack: Notice[];
  before: Map<string, Notice[]>;
  after: Map<string, Notice[]>;
}

function push(map: Map<string, Notice[]>, key: string, notice: Notice): void {
  const list = map.get(key);
  if (list) list.push(notice);
  else map.set(key, [notice]);
}

export function placeNotices(notices: readonly Notice[], visibleFieldKeys: readonly string[]): NoticePlacement {
  const placement: NoticePlacement = { stack: [], before: new Map(), after: new Map() };
  if (visibleFieldKeys.length === 0) {
    placement.stack = [...notices];
    return placement;
  }
  const first = visibleFieldKeys[0] as string;
  const last = visibleFieldKeys[visibleFieldKeys.length - 1] as string;
  for (const notice of notices) {
    const anchor = notice.anchor?.trim();
    if (anchor) {
      if (visibleFieldKeys.includes(anchor)) push(placement.before, anchor, notice);
    } else if (notice.position === undefined || notice.position === 'top') {
      push(placement.before, first, notice);
    } else if (notice.position === 'bottom') {
      push(placement.after, last, notice);
    }
  }
  return placement;
}
