// Everything a background start owes the settings, in order: migrations (idempotent, so every start is safe),
// then registrations made to match settings and grants (a registration may be missing after an update or a revoke
// while the background slept).
import { runMigrations, type MigrationReport, type SettingsAreas } from '../settings/index';
import type { ReconcileResult } from './registrations';
import { reconcileReporting, type SettingsEventDeps } from './settings-events';

/** Never throws: a failure is reported and the next start tries again. */
export async function onBackgroundStart(
  areas: SettingsAreas,
  deps: Pick<SettingsEventDeps, 'registrations' | 'report'>,
): Promise<{ migration?: MigrationReport; reconcile?: ReconcileResult }> {
  const out: { migration?: MigrationReport; reconcile?: ReconcileResult } = {};
  try {
    out.migration = await runMigrations(areas);
  } catch (err) {
    deps.report('settings migration failed; stored values are untouched', err);
  }
  out.reconcile = await reconcileReporting(deps);
  return out;
}
