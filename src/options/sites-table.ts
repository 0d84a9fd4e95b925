// The searchable table of sites: mode, step switches, host access, remove; plus the "add a site" form.
// Rows are rebuilt from storage after every change (ours or another page's) with focus put back on the same
// control, so a keyboard or screen-reader user does not lose their place.
import {
  AUTO_MODES,
  hostnameFromInput,
  hostsWithOwnGrant,
  needsAccess,
  normalizeHostname,
  originsToAsk,
  ownOrigins,
  releaseAccess,
  requestAccessFromClick,
  setModeFromClick,
  siteOfUrl,
  SITE_MODES,
  type PermissionsApi,
  type SettingsStore,
  type SiteMode,
  type SiteSettings,
} from '../settings/index';
import type { Translate } from './i18n';
import { MODE_MESSAGE, stepName } from '../shared/labels';
import { errorText } from './save-message';
import type { Status } from './status';

/** Rows per page: 5,000 sites × 10 controls at once would make the page slow to open; pages and search reach the rest. */
export const MAX_ROWS = 200;

export interface SitesTableElements {
  tbody: HTMLTableSectionElement;
  search: HTMLInputElement;
  count: HTMLElement;
  addForm: HTMLFormElement;
  grantAll: HTMLButtonElement;
  /** Names every site "Allow access" asks for, before the one click that asks for all of them. */
  grantAllSites: HTMLElement;
  /** Shown when the matches fill more than one page. */
  pager: HTMLElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
}

export interface SitesTableDeps {
  store: SettingsStore;
  permissions: PermissionsApi;
  grantedOrigins(): Promise<string[]>;
  status: Status;
  t: Translate;
  stepIds: readonly string[];
}

export interface SitesPage {
  shown: string[];
  matches: number;
  /** The page shown, 0-based: the one asked for, kept within the pages there are. */
  page: number;
  pages: number;
  /** 1-based position of the first row shown (0 when none). */
  first: number;
}

/** Sites whose hostname contains `query` (case-insensitive), sorted, one page of `perPage`. Pure, for tests. */
export function filterSites(hosts: readonly string[], query: string, page = 0, perPage = MAX_ROWS): SitesPage {
  const q = query.trim().toLowerCase();
  const all = hosts.filter((h) => h.includes(q)).sort();
  const pages = Math.max(1, Math.ceil(all.length / perPage));
  const at = Math.min(Math.max(0, page), pages - 1);
  const shown = all.slice(at * perPage, (at + 1) * perPage);
  return { shown, matches: all.length, page: at, pages, first: shown.length ? at * perPage + 1 : 0 };
}

export function setupSitesTable(els: SitesTableElements, deps: SitesTableDeps) {
  const { store, permissions, status, t } = deps;
  let sites: Record<string, SiteSettings> = {};
  let granted: string[] = [];
  /** Added with mode "off" and no step switched off: nothing to store yet, but the user wants the row. */
  const pending = new Set<string>();
  let page = 0;

  const doc = els.tbody.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };

  const settingsOf = (host: string): SiteSettings => sites[host] ?? { mode: 'off', disabledSteps: [] };
  const lacksAccess = (host: string) => needsAccess(host, settingsOf(host), granted);
  /** A site no automatic mode uses any more that still holds its grant: giving it back failed, or it is the user's. */
  const keepsAccess = (host: string) => !AUTO_MODES.includes(settingsOf(host).mode) && ownOrigins(host).some((o) => granted.includes(o));

  function row(host: string, index: number): HTMLTableRowElement {
    const s = settingsOf(host);
    const tr = el('tr', { 'data-host': host });
    tr.append(el('th', { scope: 'row' }, host));

    const modeCell = el('td');
    const select = el('select', { 'data-control': 'mode', 'aria-label': t('optionsModeFor', [host]), id: `mode-${index}` });
    for (const m of SITE_MODES) {
      const o = el('option', { value: m }, t(MODE_MESSAGE[m]));
      if (m === s.mode) o.selected = true;
      select.append(o);
    }
    modeCell.append(select);
    tr.append(modeCell);

    const stepsCell = el('td');
    const fs = el('fieldset', { class: 'steps' });
    fs.append(el('legend', { class: 'visually-hidden' }, t('optionsStepsFor', [host])));
    for (const id of deps.stepIds) {
      const label = el('label');
      const box = el('input', { type: 'checkbox', 'data-control': `step:${id}`, 'data-step': id });
      (box as HTMLInputElement).checked = !s.disabledSteps.includes(id);
      label.append(box, doc.createTextNode(` ${stepName(id, t)}`));
      fs.append(label);
    }
    stepsCell.append(fs);
    tr.append(stepsCell);

    const accessCell = el('td');
    if (keepsAccess(host)) {
      accessCell.append(
        el('span', {}, t('optionsAccessStillGranted')),
        doc.createTextNode(' '),
        el('button', { type: 'button', 'data-control': 'release', 'aria-label': t('optionsReleaseFor', [host]) }, t('optionsReleaseButton')),
      );
    } else if (!AUTO_MODES.includes(s.mode)) accessCell.append(el('span', { class: 'muted' }, t('optionsAccessNotNeeded')));
    else if (!lacksAccess(host)) accessCell.append(el('span', {}, t('optionsAccessGranted')));
    else accessCell.append(el('button', { type: 'button', 'data-control': 'allow', 'aria-label': t('optionsAllowFor', [host]) }, t('optionsAllowButton')));
    tr.append(accessCell);

    const actions = el('td');
    actions.append(el('button', { type: 'button', 'data-control': 'remove', 'aria-label': t('optionsRemoveSiteFor', [host]) }, t('optionsRemoveSite')));
    tr.append(actions);
    return tr;
  }

  function render(): void {
    const active = doc.activeElement as HTMLElement | null;
    const focusHost = active?.closest('tr')?.dataset.host;
    const focusControl = active?.dataset.control;
    // Sites with settings, rows just added, and sites that still hold a grant of ours with no settings left (removed
    // while giving the grant back failed): the user sees every site the extension can still reach.
    const granteds = hostsWithOwnGrant(granted).filter((h) => normalizeHostname(h) === h);
    const hosts = [...new Set([...Object.keys(sites), ...pending, ...granteds])];
    const view = filterSites(hosts, els.search.value, page);
    const { shown, matches } = view;
    page = view.page;
    els.tbody.replaceChildren(...shown.map(row));
    els.count.textContent =
      hosts.length === 0 ? t('optionsSitesEmpty')
      : matches === 0 ? t('optionsSitesNoMatch')
      : view.pages > 1 ? t('optionsSitesRange', [String(view.first), String(view.first + shown.length - 1), String(matches)])
      : t('optionsSitesCount', [String(matches), String(hosts.length)]);
    els.pager.hidden = view.pages < 2;
    els.previous.disabled = page === 0;
    els.next.disabled = page >= view.pages - 1;
    const needing = hosts.filter(lacksAccess).sort();
    els.grantAll.hidden = needing.length < 2;
    els.grantAll.textContent = t('optionsAllowAll', [String(needing.length)]);
    // Every one of them, not only the rows shown: the click asks for all.
    els.grantAllSites.hidden = els.grantAll.hidden;
    els.grantAllSites.textContent = needing.length < 2 ? '' : t('optionsAllowAllSites', [needing.join(', ')]);
    if (focusHost && focusControl) {
      const again = els.tbody.querySelector<HTMLElement>(`tr[data-host="${CSS.escape(focusHost)}"] [data-control="${CSS.escape(focusControl)}"]`);
      (again ?? els.tbody.querySelector<HTMLElement>(`tr[data-host="${CSS.escape(focusHost)}"] [data-control]`))?.focus();
    }
  }

  async function refresh(): Promise<void> {
    const [all, g] = await Promise.all([store.scanSites(), deps.grantedOrigins()]);
    sites = all.sites;
    granted = g;
    for (const h of pending) if (h in sites) pending.delete(h);
    render();
  }

  /** Mode change from a click: may prompt for host access (synchronously, inside the user's input). */
  function changeMode(host: string, mode: SiteMode, protocol?: string): void {
    let result;
    try {
      result = setModeFromClick({ permissions, store }, host, mode, originsToAsk(host, granted, protocol));
    } catch (err) {
      status.say(t('optionsSaveFailed', [errorText(err)]), 'error');
      return;
    }
    result
      .then(async (r) => {
        if (r.ok) status.say(t('optionsSaved'));
        else status.say(t('optionsAccessDenied', [host]), 'error');
      })
      .catch(async (err: unknown) => {
        // A browser that did not count this change as the user's input refuses the prompt: keep the choice
        // and let the "Allow access" button (a plain click) ask.
        if (/user (gesture|input)/i.test(errorText(err))) {
          await store.updateSite(host, { mode });
          status.say(t('optionsAccessNeeded', [host]));
        } else status.say(t('optionsSaveFailed', [errorText(err)]), 'error');
      })
      .catch((err: unknown) => status.say(t('optionsSaveFailed', [errorText(err)]), 'error'))
      .finally(() => void refresh());
  }

  /** One step against the stored list (the store's lock): quick switches here and in a reader's panel all land. */
  async function changeStep(host: string, stepId: string, on: boolean): Promise<void> {
    try {
      await store.setStepEnabled(host, stepId, on);
      if (!(host in sites)) pending.add(host);
      status.say(t('optionsSaved'));
    } catch (err) {
      status.say(t('optionsSaveFailed', [errorText(err)]), 'error');
    }
    await refresh();
  }

  function allow(hosts: string[]): void {
    requestAccessFromClick(permissions, hosts.flatMap((h) => originsToAsk(h, granted)))
      .then((ok) => status.say(ok ? t('optionsSaved') : t('optionsAccessDenied', [hosts.join(', ')]), ok ? 'info' : 'error'))
      .catch((err: unknown) => status.say(t('optionsSaveFailed', [errorText(err)]), 'error'))
      .finally(() => void refresh());
  }

  /** "Remove access" on a site that keeps a grant no mode uses: a refusal says the access is still granted. */
  async function release(host: string): Promise<void> {
    try {
      await releaseAccess(permissions, host);
      status.say(t('optionsAccessReleased', [host]));
    } catch (err) {
      status.say(t('optionsReleaseFailed', [host, errorText(err)]), 'error');
    }
    await refresh();
  }

  async function remove(host: string, tr: HTMLTableRowElement): Promise<void> {
    // Focus goes to the next row's remove button, else the previous one's, else the search box.
    const next = (tr.nextElementSibling ?? tr.previousElementSibling) as HTMLTableRowElement | null;
    const nextHost = next?.dataset.host;
    pending.delete(host);
    try {
      // The background gives the site's grant back and drops its registration (src/background/settings-events.ts).
      await store.removeSite(host);
      status.say(t('optionsSiteRemoved', [host]));
    } catch (err) {
      status.say(t('optionsSaveFailed', [errorText(err)]), 'error');
    }
    await refresh();
    const target = nextHost ? els.tbody.querySelector<HTMLElement>(`tr[data-host="${CSS.escape(nextHost)}"] [data-control="remove"]`) : null;
    (target ?? els.search).focus();
  }

  els.tbody.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement | HTMLSelectElement;
    const host = target.closest('tr')?.dataset.host;
    if (!host) return;
    if (target.dataset.control === 'mode') changeMode(host, target.value as SiteMode);
    else if (target.dataset.step) void changeStep(host, target.dataset.step, (target as HTMLInputElement).checked);
  });
  els.tbody.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest('button');
    const tr = button?.closest('tr');
    const host = tr?.dataset.host;
    if (!button || !tr || !host) return;
    if (button.dataset.control === 'allow') allow([host]);
    else if (button.dataset.control === 'release') void release(host);
    else if (button.dataset.control === 'remove') void remove(host, tr);
  });
  els.grantAll.addEventListener('click', () => allow(Object.keys(sites).filter(lacksAccess).sort()));
  els.search.addEventListener('input', () => {
    page = 0;
    render();
  });
  const turn = (by: number) => {
    page += by;
    render();
    // A disabled button drops focus: keep the keyboard on the pager.
    if (els.next.disabled && by > 0) els.previous.focus();
    else if (els.previous.disabled && by < 0) els.next.focus();
  };
  els.previous.addEventListener('click', () => turn(-1));
  els.next.addEventListener('click', () => turn(1));

  els.addForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const input = els.addForm.elements.namedItem('host') as HTMLInputElement;
    const mode = (els.addForm.elements.namedItem('mode') as HTMLSelectElement).value as SiteMode;
    const host = hostnameFromInput(input.value);
    // A typed URL names its scheme ("http://127.0.0.1:8080/"): ask for exactly that origin.
    const protocol = siteOfUrl(input.value.trim())?.protocol;
    if (!host) {
      input.setAttribute('aria-invalid', 'true');
      status.say(t('optionsAddSiteInvalid', [input.value]), 'error');
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    input.value = '';
    pending.add(host);
    els.search.value = '';
    changeMode(host, mode, protocol);
  });

  /**
   * Opens the page on one site (`options.html#site=<hostname>`, from the reader's "This site" panel or the
   * toolbar menu): its row when it has settings, else the add form filled in. Focus goes to the mode choice.
   */
  function focusSite(hostname: string): void {
    const host = hostnameFromInput(hostname);
    if (!host) return;
    if (host in sites) {
      els.search.value = host;
      page = 0;
      render();
      els.tbody.querySelector<HTMLElement>(`tr[data-host="${CSS.escape(host)}"] [data-control="mode"]`)?.focus();
    } else {
      (els.addForm.elements.namedItem('host') as HTMLInputElement).value = host;
      (els.addForm.elements.namedItem('mode') as HTMLSelectElement).focus();
    }
  }

  return { refresh, focusSite };
}
