// What the background does when settings or grants change, from any page (the options page, the reader's panel,
// the button's menu, an import or a reset): registrations follow (./registrations.ts), and a site that left an
// automatic mode gives its grant back. Every failure is reported, none is left as an unhandled rejection.
import { AUTO_MODES, releaseAccess, SITE_PREFIX, validateSite, type PermissionsApi } from '../settings/index';
import type { ReconcileResult, Registrations } from './registrations';

/**
 * Whether a storage.onChanged event can change which sites should have a registration (a site key in local:
 * set from the options page, the reader's panel, the context menu, an import or a reset).
 */
export function affectsRegistrations(changes: Record<string, unknown>, areaName: string): boolean {
  return areaName === 'local' && Object.keys(changes).some((k) => k.startsWith(SITE_PREFIX));
}

/** Hosts that left an automatic mode in this storage change (set to another mode, removed, or reset). */
export function hostsLeavingAutoMode(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>): string[] {
  const auto = (v: unknown) => v !== undefined && AUTO_MODES.includes(validateSite(v).value.mode);
  return Object.entries(changes)
    .filter(([key, c]) => key.startsWith(SITE_PREFIX) && auto(c.oldValue) && !auto(c.newValue))
    .map(([key]) => key.slice(SITE_PREFIX.length));
}

export interface SettingsEventDeps {
  registrations: Registrations;
  permissions: Pick<PermissionsApi, 'remove' | 'getAll'>;
  /** Where failures go (console in the extension; tests collect them). */
  report(message: string, error?: unknown): void;
}

/**
 * storage.onChanged: grants given back first (a registration for a site without its grant is then removed by the
 * same reconcile), then one reconcile. A grant the browser keeps stays visible on the options page, which lists
 * every site holding one (src/options/sites-table.ts, "still has access").
 */
export async function onSettingsChanged(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string, deps: SettingsEventDeps): Promise<void> {
  if (!affectsRegistrations(changes, areaName)) return;
  for (const host of hostsLeavingAutoMode(changes)) {
    await releaseAccess(deps.permissions, host).catch((error: unknown) => deps.report(`could not give back access to ${host}; it is still granted`, error));
  }
  await reconcileReporting(deps);
}

/** permissions.onAdded / onRemoved, and every start: registrations follow the grants. */
export async function reconcileReporting(deps: Pick<SettingsEventDeps, 'registrations' | 'report'>): Promise<ReconcileResult | undefined> {
  try {
    const r = await deps.registrations.reconcile();
    for (const e of r.errors) deps.report(`could not register ${e.id}: ${e.message}`);
    return r;
  } catch (error) {
    deps.report('could not reconcile per-site scripts', error);
    return undefined;
  }
}
