// In-memory `browser.permissions` and `browser.scripting` (registered content scripts) for unit tests of
// src/settings/access.ts and src/background/registrations.ts. They behave like the browsers where it matters to the code under test:
// registering an id twice throws, and a request outside a user gesture fails (Chrome's message).
import type { ContentScriptRegistration, ScriptingApi } from '../../../src/background/registrations';
import type { PermissionsApi } from '../../../src/settings/access';

export class FakePermissions implements PermissionsApi {
  granted = new Set<string>();
  /** What the next request answers (the user's choice in the prompt). */
  answer = true;
  /** False simulates a call after the click's gesture is gone. */
  inGesture = true;
  requests: string[][] = [];
  /** What remove() does: 'ok', answer false (the browser kept the grant), or throw. */
  removal: 'ok' | 'refuse' | 'throw' = 'ok';

  async request(p: { origins: string[] }): Promise<boolean> {
    if (!this.inGesture) throw new Error('This function must be called during a user gesture');
    this.requests.push([...p.origins]);
    if (this.answer) for (const o of p.origins) this.granted.add(o);
    return this.answer;
  }

  async remove(p: { origins: string[] }): Promise<boolean> {
    if (this.removal === 'throw') throw new Error('permissions.remove failed');
    if (this.removal === 'refuse') return false;
    for (const o of p.origins) this.granted.delete(o);
    return true;
  }

  async getAll(): Promise<{ origins: string[] }> {
    return { origins: [...this.granted] };
  }
}

export class FakeScripting implements ScriptingApi {
  scripts = new Map<string, ContentScriptRegistration>();
  calls = { register: 0, unregister: 0 };
  /** Ids the browser refuses to register (an invalid pattern, say). */
  refuse = new Set<string>();

  async getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<ContentScriptRegistration[]> {
    return [...this.scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)).map((s) => structuredClone(s));
  }

  async registerContentScripts(scripts: ContentScriptRegistration[]): Promise<void> {
    this.calls.register++;
    for (const s of scripts) {
      if (this.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      if (this.refuse.has(s.id)) throw new Error(`Invalid registration '${s.id}'`);
    }
    for (const s of scripts) this.scripts.set(s.id, structuredClone(s));
  }

  async unregisterContentScripts(filter?: { ids?: string[] }): Promise<void> {
    this.calls.unregister++;
    for (const id of filter?.ids ?? [...this.scripts.keys()]) {
      if (!this.scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    }
  }
}
