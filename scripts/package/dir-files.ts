// Reads a folder into zip entries: every regular file below it, by its path relative to the folder with "/"
// separators, sorted. Dotfiles and dot-folders are left out, as web-ext's own filter leaves them out of the
// Firefox zip (editor and OS litter such as .DS_Store must not ship in one store's zip and not the other's).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { byName } from './zip';

export function dirFiles(dir: string): Map<string, Uint8Array> {
  const names: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) names.push(relative(dir, path).split(sep).join('/'));
      else throw new Error(`package: ${path} is neither a file nor a folder (a symlink?); the zip would not match the folder`);
    }
  };
  walk(dir);
  return new Map(names.sort(byName).map((name) => [name, readFileSync(join(dir, ...name.split('/')))]));
}
