import { getConnector } from '../../catalog/index.js';
import { MAX_HUB_EVENTS_PER_SESSION, type Funnel, type FunnelConnector, type FunnelConversion, type FunnelFailure, type FunnelSteps, type HubEventInput } from '../../contract/analytics.js';
import type { HubSession } from '../context.js';
import type { Db } from '../db/database.js';
import { funnelSessions, funnelSteps, insertHubEvents, type FunnelSessionRow, type FunnelStepRow } from '../db/stores/hub-events.js';

const DAY_MS = 86_400_000;
/** Without `from`, the funnel looks back this far from `to`. */
export const DEFAULT_FUNNEL_DAYS = 30;
/** The longest range one funnel reads (a year: retention keeps less anyway). */
export const MAX_FUNNEL_DAYS = 366;

export interface FunnelQuery {
  from?: string | undefined;
  to?: string | undefined;
  provider?: string | undefined;
  category?: string | undefined;
}

/** Which funnel step an event name reaches (`back` and `closed` reach none). */
const STEP_OF: Record<string, keyof FunnelSteps | undefined> = {
  opened: 'opened',
  'connector-selected': 'selected',
  'credentials-submitted': 'submitted',
  'oauth-started': 'submitted',
  connected: 'connected',
  failed: 'failed',
};

/** How far one session got, and for which connectors. */
interface SessionProgress {
  created_at: string;
  /** Steps with no connector named (opened), or for the session as a whole. */
  steps: Set<keyof FunnelSteps>;
  /** Per connector, the steps reported naming it. */
  byProvider: Map<string, Set<keyof FunnelSteps>>;
  /** Error codes, overall and per connector. */
  reasons: Set<string>;
  reasonsByProvider: Map<string, Set<string>>;
  connectedAt: string | undefined;
}

const emptySteps = (): FunnelSteps => ({ created: 0, opened: 0, selected: 0, submitted: 0, connected: 0, failed: 0 });
const rate = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

function conversion(steps: FunnelSteps): FunnelConversion {
  return {
    created_to_opened: rate(steps.opened, steps.created),
    opened_to_selected: rate(steps.selected, steps.opened),
    selected_to_submitted: rate(steps.submitted, steps.selected),
    submitted_to_connected: rate(steps.connected, steps.submitted),
    opened_to_connected: rate(steps.connected, steps.opened),
  };
}

function failureList(counts: Map<string, number>): FunnelFailure[] {
  return [...counts].map(([reason, sessions]) => ({ reason, sessions })).sort((a, b) => b.sessions - a.sessions || (a.reason < b.reason ? -1 : 1));
}

/** The hub reports `opened` before any connector is chosen: it holds for each connector the session reached. */
const withOpened = (p: SessionProgress, reached: Set<keyof FunnelSteps>): Set<keyof FunnelSteps> => (p.steps.has('opened') ? new Set([...reached, 'opened']) : reached);

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

function sessionCategories(row: FunnelSessionRow): string[] {
  if (!row.categories) return [];
  try {
    const parsed = JSON.parse(row.categories) as unknown;
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/**
 * The hub's event stream on the server: `record` keeps a session's reported steps (capped per session; they
 * go with the session when the sweeper deletes it), `funnel` counts how far the sessions of a range got.
 */
export class AnalyticsService {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
  ) {}

  async record(hub: HubSession, events: readonly HubEventInput[]): Promise<number> {
    const rows = events.map((event) => ({ name: event.name, provider: event.provider ?? null, error_code: event.name === 'failed' ? (event.error_code ?? 'unknown') : null }));
    return insertHubEvents(this.db, hub.project.id, hub.session.id, rows, this.clock().toISOString(), MAX_HUB_EVENTS_PER_SESSION);
  }

  /** The range a query means: `to` defaults to now, `from` to 30 days before `to`; at most a year. */
  range(query: FunnelQuery): { from: string; to: string } {
    const to = query.to ?? this.clock().toISOString();
    const from = query.from ?? new Date(Date.parse(to) - DEFAULT_FUNNEL_DAYS * DAY_MS).toISOString();
    return { from, to };
  }

  async funnel(projectId: string, query: FunnelQuery): Promise<Funnel> {
    const { from, to } = this.range(query);
    const [sessions, stepRows] = await Promise.all([funnelSessions(this.db, projectId, from, to), funnelSteps(this.db, projectId, from, to)]);
    const progress = new Map<number, SessionProgress & { row: FunnelSessionRow }>();
    for (const row of sessions) {
      progress.set(Number(row.id), { row, created_at: row.created_at, steps: new Set(['created']), byProvider: new Map(), reasons: new Set(), reasonsByProvider: new Map(), connectedAt: undefined });
      if (row.provider) progress.get(Number(row.id))!.byProvider.set(row.provider, new Set(['created']));
    }
    for (const step of stepRows) this.#apply(progress.get(step.session_id), step);

    const matches = (p: SessionProgress & { row: FunnelSessionRow }): boolean => {
      if (query.provider && !p.byProvider.has(query.provider)) return false;
      if (query.category) {
        const inCategory = sessionCategories(p.row).includes(query.category) || [...p.byProvider.keys()].some((provider) => getConnector(provider)?.category === query.category);
        if (!inCategory) return false;
      }
      return true;
    };

    const steps = emptySteps();
    const reasons = new Map<string, number>();
    const perConnector = new Map<string, { steps: FunnelSteps; reasons: Map<string, number> }>();
    const days = new Map<string, { created: number; connected: number }>();
    const day = (date: string) => {
      const key = date.slice(0, 10);
      let entry = days.get(key);
      if (!entry) days.set(key, (entry = { created: 0, connected: 0 }));
      return entry;
    };
    for (const p of progress.values()) {
      if (!matches(p)) continue;
      // With a provider asked for, the session's steps are the ones it reached with that connector.
      const reached = query.provider ? withOpened(p, p.byProvider.get(query.provider)!) : p.steps;
      for (const step of reached) steps[step]++;
      for (const reason of query.provider ? (p.reasonsByProvider.get(query.provider) ?? []) : p.reasons) bump(reasons, reason);
      day(p.created_at).created++;
      if (p.connectedAt && reached.has('connected')) day(p.connectedAt).connected++;
      for (const [provider, mine] of p.byProvider) {
        if (query.provider && provider !== query.provider) continue;
        if (query.category && getConnector(provider)?.category !== query.category) continue;
        let entry = perConnector.get(provider);
        if (!entry) perConnector.set(provider, (entry = { steps: emptySteps(), reasons: new Map() }));
        for (const step of withOpened(p, mine)) entry.steps[step]++;
        for (const reason of p.reasonsByProvider.get(provider) ?? []) bump(entry.reasons, reason);
      }
    }
    const connectors: FunnelConnector[] = [...perConnector]
      .map(([provider, entry]) => ({ provider, steps: entry.steps, conversion: conversion(entry.steps), failures: failureList(entry.reasons) }))
      .sort((a, b) => b.steps.opened - a.steps.opened || b.steps.created - a.steps.created || (a.provider < b.provider ? -1 : 1));
    return {
      from,
      to,
      steps,
      conversion: conversion(steps),
      failures: failureList(reasons),
      connectors,
      days: [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, counts]) => ({ date, ...counts })),
    };
  }

  /**
   * One reported step. A step naming a connector also counts for it, with the steps before it that the
   * session reached (a session that selected Personio was created and opened for Personio too).
   */
  #apply(p: SessionProgress | undefined, step: FunnelStepRow): void {
    const reached = STEP_OF[step.name];
    if (!p || !reached) return;
    p.steps.add(reached);
    if (reached === 'failed' && step.error_code) p.reasons.add(step.error_code);
    if (reached === 'connected' && (!p.connectedAt || step.first_at < p.connectedAt)) p.connectedAt = step.first_at;
    if (!step.provider) return;
    let mine = p.byProvider.get(step.provider);
    if (!mine) p.byProvider.set(step.provider, (mine = new Set(['created'])));
    mine.add(reached);
    if (reached === 'failed' && step.error_code) {
      let codes = p.reasonsByProvider.get(step.provider);
      if (!codes) p.reasonsByProvider.set(step.provider, (codes = new Set()));
      codes.add(step.error_code);
    }
  }
}
