// The page's one live region: every save, import and error is announced there for screen readers and shown
// to sighted users at the same place. Clearing it first makes a repeated message ("Saved.") announced again.
export interface Status {
  say(message: string, kind?: 'info' | 'error'): void;
}

export function createStatus(region: HTMLElement): Status {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    say(message, kind = 'info') {
      clearTimeout(timer);
      region.textContent = '';
      region.dataset.kind = kind;
      // A fresh text node in a later task is what screen readers reliably announce as a change.
      timer = setTimeout(() => {
        region.textContent = message;
      }, 50);
    },
  };
}
