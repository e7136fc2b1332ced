import { SCHEMA_VERSION } from '@osallisuusarvio/core/first-paint';
import type { Assessment, parseAssessment } from '@osallisuusarvio/core';
import { DRAFT_PREFIX, saveDraft } from './draft.js';
import { lenientValues } from './lenient.js';

/**
 * The autosaved draft as something that can fail, and says so: storage that throws (full, disabled, private
 * mode), a stored draft that cannot be read (kept aside under another key, never overwritten), and a
 * second tab on the same case (which warns before it writes). `draft.ts` keeps the plain API
 * (`loadDraft`, `saveDraft`, `clearDraft`); this module builds on it.
 */

/** A stored draft that could not be read is copied here before anything is written over it. */
export const ASIDE_PREFIX = 'osallisuusarvio:draft-aside:';
/** Values saved while some field did not validate: read back leniently, so a half-typed date is not lost. */
const UNCHECKED = 'osallisuusarvioUncheckedDraft';

export type DraftStatus =
  /** Writing works (or nothing has been written yet). */
  | 'ok'
  /** The last write failed or there is no storage: the answers live only in the page. */
  | 'failed'
  /** A write worked again after failing. */
  | 'recovered'
  /** Another tab has the same case open: writes wait until the official chooses to continue here. */
  | 'otherTab';

export interface AsideDraft {
  /** The stored text as it was. */
  readonly text: string;
  readonly reason: 'newer' | 'invalid';
  /** The storage key it is kept under. */
  readonly key: string;
}

export interface LoadedDraft {
  /** The draft to start from: parsed, or a lenient reading of values saved while some field was invalid. */
  readonly values?: Assessment;
  /** True when `values` did not validate when saved. */
  readonly unchecked?: boolean;
  /** A draft that could not be read, kept aside. */
  readonly aside?: AsideDraft;
  /** Putting the unreadable draft aside failed: writing now would destroy it. */
  readonly asideFailed?: boolean;
}

type Message = { readonly type: 'hello' | 'here' | 'bye' | 'claim' | 'saved'; readonly id: string };

function resolveStorage(storage: Storage | undefined): Storage | undefined {
  if (storage) return storage;
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Access itself throws in sandboxed iframes and with site data blocked.
    return undefined;
  }
}

function get(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Storage that refuses even a tiny write (disabled, some private modes) is known before the official types. */
function canWrite(storage: Storage): boolean {
  const probe = 'osallisuusarvio:probe';
  try {
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return true;
  } catch {
    return false;
  }
}

/** The values of a draft saved while some field did not validate; undefined for any other text. */
function uncheckedValues(text: string): object | undefined {
  try {
    const doc = JSON.parse(text) as Record<string, unknown> | null;
    if (doc && doc[UNCHECKED] === SCHEMA_VERSION && doc.values && typeof doc.values === 'object') return doc.values;
  } catch {
    // Not JSON: not an unchecked draft.
  }
  return undefined;
}

/** The text of the draft stored under `key`, as it is; null when there is none or storage cannot be read. */
export function storedDraftText(key: string, givenStorage: Storage | undefined): string | null {
  return get(resolveStorage(givenStorage), DRAFT_PREFIX + key);
}

/**
 * Whether reading the draft stored under `key` needs the parser (the validation chunk): a stored draft that
 * is not an unchecked one, which is read leniently without it. The form shows no inputs until it is read.
 */
export function storedDraftNeedsParser(key: string, givenStorage: Storage | undefined): boolean {
  const text = storedDraftText(key, givenStorage);
  return text !== null && text !== '' && uncheckedValues(text) === undefined;
}

function reasonOf(text: string): AsideDraft['reason'] {
  try {
    const version = (JSON.parse(text) as { schemaVersion?: unknown } | null)?.schemaVersion;
    return typeof version === 'number' && version > SCHEMA_VERSION ? 'newer' : 'invalid';
  } catch {
    return 'invalid';
  }
}

export interface DraftKeeper {
  readonly key: string;
  /**
   * Reads the stored draft; an unreadable one is copied aside first. `parse` (from the validation chunk) is
   * needed when `storedDraftNeedsParser` says so.
   */
  load(parse?: typeof parseAssessment): LoadedDraft;
  /** Saves the form's values: parsed when they validate, as they are otherwise. */
  save(values: unknown, parsed: Assessment | undefined): void;
  /** The official chose to continue in this tab: its draft replaces the other tab's. */
  claim(): void;
  /** The aside copy, if any, read again (the official asked to download or restore it). */
  aside(): AsideDraft | undefined;
  /** Removes the aside copy (after the official has restored or downloaded it and dismisses the notice). */
  dropAside(): void;
  /** Starts listening for other tabs; returns the function that stops. */
  connect(): () => void;
  status(): DraftStatus;
}

/**
 * One keeper per autosaving form. `onStatus` hears every change of status; `onPending` is called when a
 * held write may go ahead (the other tab closed, or the official claimed this tab), so the form saves again.
 */
export function createDraftKeeper(
  key: string,
  givenStorage: Storage | undefined,
  onStatus: (status: DraftStatus) => void,
  onPending: () => void,
): DraftKeeper {
  const storage = resolveStorage(givenStorage);
  const id = Math.random().toString(36).slice(2) + Date.now().toString(36);
  const others = new Set<string>();
  let claimed = false;
  // Another tab wrote the draft since this one knew of it: its answers may be newer than this tab's.
  let otherWrote = false;
  let held = false;
  let asideKey: string | undefined;
  let asideFailed = false;
  let status: DraftStatus = storage && canWrite(storage) ? 'ok' : 'failed';
  let channel: BroadcastChannel | undefined;

  const setStatus = (next: DraftStatus) => {
    if (next === status) return;
    status = next;
    onStatus(next);
  };
  // Held while another tab is open, or has written since: a closed tab's saved answers must not be
  // overwritten by this tab's older ones without the official choosing so.
  const othersPresent = () => (others.size > 0 || otherWrote) && !claimed;
  const post = (type: Message['type']) => {
    try {
      channel?.postMessage({ type, id } satisfies Message);
    } catch {
      // A closed channel: nothing to tell.
    }
  };

  const write = (values: unknown, parsed: Assessment | undefined): boolean => {
    if (!storage) return false;
    let failed = false;
    // saveDraft swallows storage errors (a host may rely on that); this probe sees them.
    const probe: Storage = {
      get length() {
        return storage.length;
      },
      clear: () => storage.clear(),
      key: (i) => storage.key(i),
      getItem: (k) => storage.getItem(k),
      removeItem: (k) => storage.removeItem(k),
      setItem: (k, v) => {
        try {
          storage.setItem(k, v);
        } catch (e) {
          failed = true;
          throw e;
        }
      },
    };
    if (parsed) {
      saveDraft(key, parsed, probe);
    } else {
      try {
        storage.setItem(DRAFT_PREFIX + key, JSON.stringify({ [UNCHECKED]: SCHEMA_VERSION, values }));
      } catch {
        failed = true;
      }
    }
    return !failed;
  };

  let pending: { values: unknown; parsed: Assessment | undefined } | undefined;

  const keeper: DraftKeeper = {
    key,
    load(parse) {
      const existingAside = get(storage, ASIDE_PREFIX + key);
      if (existingAside !== null) asideKey = ASIDE_PREFIX + key;
      const text = get(storage, DRAFT_PREFIX + key);
      const asideOf = (): AsideDraft | undefined => keeper.aside();
      if (text === null || text === '') return { ...(asideKey ? { aside: asideOf()! } : {}) };
      // An unchecked draft first: as a document it would parse, as an empty assessment with unknown fields.
      const unchecked = uncheckedValues(text);
      if (unchecked)
        return { values: lenientValues(unchecked), unchecked: true, ...(asideKey ? { aside: asideOf()! } : {}) };
      // Never guessed without the parser: a readable draft taken for unreadable would be put aside and replaced.
      if (!parse) throw new Error('osallisuusarvio: the stored draft was read before the parser had loaded');
      // Copies the stored text aside before the first keystroke overwrites it. An earlier, different aside
      // copy stays under its own key.
      const putAside = () => {
        const target =
          existingAside === null || existingAside === text ? ASIDE_PREFIX + key : `${ASIDE_PREFIX}${key}:${Date.now()}`;
        try {
          storage?.setItem(target, text);
          asideKey = target;
          return true;
        } catch {
          return false;
        }
      };
      const parsed = parse(text);
      if (parsed.ok) {
        // Readable, but with fields this version drops: the form starts from it and the whole text is kept.
        if ((parsed.ignored?.length ?? 0) > 0) putAside();
        return { values: parsed.assessment, ...(asideKey ? { aside: asideOf()! } : {}) };
      }
      if (!putAside()) {
        asideFailed = true;
        held = true;
        setStatus('failed');
      }
      return asideFailed
        ? { asideFailed: true, aside: { text, reason: reasonOf(text), key: DRAFT_PREFIX + key } }
        : { aside: asideOf()! };
    },
    save(values, parsed) {
      if (asideFailed) {
        // The unreadable draft is still only under the draft key: writing would destroy it.
        setStatus('failed');
        return;
      }
      if (othersPresent()) {
        pending = { values, parsed };
        held = true;
        setStatus('otherTab');
        return;
      }
      pending = undefined;
      held = false;
      const ok = write(values, parsed);
      if (!ok) setStatus('failed');
      else if (status === 'failed') setStatus('recovered');
      else if (status === 'otherTab') setStatus('ok');
      if (ok) post('saved');
    },
    claim() {
      claimed = true;
      otherWrote = false;
      post('claim');
      if (status === 'otherTab') setStatus('ok');
      if (held) onPending();
    },
    aside() {
      if (!asideKey) return undefined;
      const text = get(storage, asideKey);
      return text === null ? undefined : { text, reason: reasonOf(text), key: asideKey };
    },
    dropAside() {
      if (!asideKey) return;
      try {
        storage?.removeItem(asideKey);
      } catch {
        // Left in place: harmless, offered again next time.
      }
      asideKey = undefined;
    },
    connect() {
      const onMessage = (m: Message) => {
        if (!m || m.id === id) return;
        if (m.type === 'hello') {
          others.add(m.id);
          post('here');
        } else if (m.type === 'here') {
          others.add(m.id);
        } else if (m.type === 'saved' || m.type === 'claim') {
          // The other tab wrote (or took over): this one waits again before writing.
          others.add(m.id);
          otherWrote = true;
          claimed = false;
        } else if (m.type === 'bye') {
          others.delete(m.id);
        }
        if (othersPresent()) setStatus('otherTab');
        else if (status === 'otherTab') {
          setStatus('ok');
          if (pending) onPending();
        }
      };
      if (typeof BroadcastChannel !== 'undefined') {
        channel = new BroadcastChannel(DRAFT_PREFIX + key);
        channel.onmessage = (e: MessageEvent<Message>) => onMessage(e.data);
      }
      // Where there is no BroadcastChannel, another tab's write of the same draft still shows up here.
      const onStorage = (e: StorageEvent) => {
        if (e.key === DRAFT_PREFIX + key && e.storageArea === storage && !channel)
          onMessage({ type: 'saved', id: 'storage' });
      };
      if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      post('hello');
      const bye = () => post('bye');
      if (typeof window !== 'undefined') window.addEventListener('pagehide', bye);
      return () => {
        post('bye');
        channel?.close();
        channel = undefined;
        if (typeof window !== 'undefined') {
          window.removeEventListener('storage', onStorage);
          window.removeEventListener('pagehide', bye);
        }
      };
    },
    status: () => status,
  };
  return keeper;
}
