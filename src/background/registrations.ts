// The content scripts registered for sites in an automatic mode (DESIGN.md flow step 4): exactly the sites that are
// both enabled in settings and granted by the browser. The background is their one owner: reconcile() restores that
// invariant from whatever state it finds (a revoke in the browser's UI, an import, a crash mid-way), on every start
// and on every storage or permission event (./index.ts). Browser APIs are injected (tests pass fakes).
import { AUTO_MODES, matchesFor, type PermissionsApi, type SettingsStore, type SiteMode } from '../settings/index';
import { sameMembers } from '../shared/same-members';

export interface ContentScriptRegistration {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

/** The slice of `browser.scripting` used here. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<ContentScriptRegistration[]>;
  registerContentScripts(scripts: ContentScriptRegistration[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export interface RegistrationDeps {
  permissions: Pick<PermissionsApi, 'getAll'>;
  scripting: ScriptingApi;
  store: Pick<SettingsStore, 'scanSites'>;
}

/**
 * The content bundle at the extension root (scripts/build.ts); on load it reads the site's settings.
 * Absolute on purpose: Firefox resolves a relative path against the page that registers the script, so
 * 'content.js' registered from options/options.html became 'options/content.js' and never ran (measured,
 * Firefox ESR 153). Chrome resolves both forms against the extension root.
 */
export const CONTENT_SCRIPT_FILE = '/content.js';
/**
 * In-place decluttering (src/content/in-place-entry.ts): the steps and their word lists, which the reader no longer
 * needs in the page (the extractor runs them), and no reader.
 */
export const IN_PLACE_SCRIPT_FILE = '/in-place.js';

/**
 * The file a site's mode registers: each automatic mode gets only what it runs, so every page of such a site loads
 * one bundle within the 100 KB budget. A page open while its site switches between the two modes follows the switch
 * on its next load (src/content/auto-run.ts); switching off applies at once.
 */
export function siteScriptFiles(mode: SiteMode): string[] {
  return [mode === 'in-place' ? IN_PLACE_SCRIPT_FILE : CONTENT_SCRIPT_FILE];
}
/** Registration ids are ours when they start with this; other registrations are left alone. */
export const REGISTRATION_PREFIX = 'nd-site:';
/**
 * document_idle: the declutter steps and Readability need the article's DOM, which is complete by then;
 * earlier runs would find half a page.
 */
const RUN_AT = 'document_idle';

export function registrationId(hostname: string): string {
  return REGISTRATION_PREFIX + hostname;
}

export interface ReconcileResult {
  registered: string[];
  unregistered: string[];
  /** Registrations the browser refused, with its reason; the others went through. */
  errors: { id: string; message: string }[];
}

function sameList(a: readonly string[] = [], b: readonly string[] = []): boolean {
  return sameMembers(a, b);
}

/** Browsers report registered files without the leading "/" they were registered with. */
function sameFiles(a: readonly string[] = [], b: readonly string[] = []): boolean {
  const strip = (l: readonly string[]) => l.map((f) => f.replace(/^\//, ''));
  return sameList(strip(a), strip(b));
}

export function createRegistrations(deps: RegistrationDeps) {
  const { permissions, scripting, store } = deps;
  // Background start and permission events can fire together: one reconcile at a time, each seeing the
  // state the previous one left (two interleaved runs would both register the same id and one would throw).
  let queue: Promise<unknown> = Promise.resolve();

  async function reconcileNow(): Promise<ReconcileResult> {
    const [scan, perms, registered] = await Promise.all([store.scanSites(), permissions.getAll(), scripting.getRegisteredContentScripts()]);
    const granted = perms.origins ?? [];
    const wanted = new Map<string, ContentScriptRegistration>();
    for (const [host, s] of Object.entries(scan.sites)) {
      if (!AUTO_MODES.includes(s.mode)) continue;
      const matches = matchesFor(host, granted);
      if (matches.length === 0) continue; // enabled but not granted (revoked, or imported): the options page offers "Allow"
      wanted.set(registrationId(host), { id: registrationId(host), matches, js: siteScriptFiles(s.mode), runAt: RUN_AT, allFrames: false, persistAcrossSessions: true });
    }
    const ours = registered.filter((r) => r.id.startsWith(REGISTRATION_PREFIX));
    const stale = ours.filter((r) => {
      const w = wanted.get(r.id);
      return !w || !sameList(r.matches, w.matches) || !sameFiles(r.js, w.js) || r.persistAcrossSessions === false;
    });
    const kept = new Set(ours.filter((r) => !stale.includes(r)).map((r) => r.id));
    const result: ReconcileResult = { registered: [], unregistered: stale.map((r) => r.id), errors: [] };
    if (stale.length) await unregister(result.unregistered);
    const fresh = [...wanted.values()].filter((w) => !kept.has(w.id));
    if (fresh.length === 0) return result;
    try {
      await scripting.registerContentScripts(fresh); // one call for the common case
      result.registered = fresh.map((w) => w.id);
    } catch {
      // One bad registration fails the whole batch: retry one by one so the others still run.
      for (const w of fresh) {
        try {
          await scripting.registerContentScripts([w]);
          result.registered.push(w.id);
        } catch (err) {
          result.errors.push({ id: w.id, message: err instanceof Error ? err.message : String(err) });
        }
      }
    }
    return result;
  }

  /** Unregisters ids; when the batch fails (one id already gone), one by one. */
  async function unregister(ids: string[]): Promise<void> {
    try {
      await scripting.unregisterContentScripts({ ids });
    } catch {
      for (const id of ids) await scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
    }
  }

  /** Make registrations match (stored settings ∩ granted permissions). */
  function reconcile(): Promise<ReconcileResult> {
    const run = queue.then(reconcileNow, reconcileNow);
    queue = run.catch(() => undefined);
    return run;
  }

  return { reconcile };
}

export type Registrations = ReturnType<typeof createRegistrations>;
