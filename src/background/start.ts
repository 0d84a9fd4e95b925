// Everything a background start owes the settings, in order: migrations (idempotent, so every start is safe),
// then registrations made to match settings and grants (a registration may be missing after an update or a revoke
// while the background slept).
import { runMigrations, type MigrationReport, type SettingsAreas } from '../settings/index';
import type { ReconcileResult, Registrations } from './registrations';

/** Never throws: a failure is logged and the next start tries again. */
export async function onBackgroundStart(
  areas: SettingsAreas,
  registrations: Registrations,
): Promise<{ migration?: MigrationReport; reconcile?: ReconcileResult }> {
  const out: { migration?: MigrationReport; reconcile?: ReconcileResult } = {};
  try {
    out.migration = await runMigrations(areas);
  } catch (err) {
    console.error('News Declutter: settings migration failed; stored values are untouched:', err);
  }
  try {
    out.reconcile = await registrations.reconcile();
    for (const e of out.reconcile.errors) console.warn(`News Declutter: could not register ${e.id}: ${e.message}`);
  } catch (err) {
    console.error('News Declutter: could not reconcile per-site scripts:', err);
  }
  return out;
}
