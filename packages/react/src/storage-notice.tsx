import { WIDGET_TEXTS } from '@osallisuusarvio/core/first-paint';
import type { Locale } from '@osallisuusarvio/core';
import type { AsideDraft, DraftStatus } from './draft-storage.js';
import { wt } from './text.js';

export interface StorageNoticeProps {
  readonly locale: Locale;
  readonly status: DraftStatus;
  readonly aside: AsideDraft | undefined;
  /** The aside draft has been put back in the form. */
  readonly asideRestored: boolean;
  readonly onDownloadDraft: () => void;
  readonly onDownloadAside: () => void;
  readonly onRestoreAside: () => void;
  readonly onUndoRestore: () => void;
  readonly onContinueHere: () => void;
}

/**
 * What the official must know about the autosaved draft, shown until it is no longer true: storage that
 * fails (with the answers offered as a file), another tab on the same case, a stored draft that could not
 * be read (kept aside, offered back).
 */
export function StorageNotice(props: StorageNoticeProps) {
  const { locale, status, aside } = props;
  return (
    <>
      {status === 'failed' && (
        <div className="oa-notice oa-notice--error" role="alert" data-oa-notice="storage-failed">
          <p>{WIDGET_TEXTS.storageFailed[locale]}</p>
          <button type="button" className="oa-button" onClick={props.onDownloadDraft}>
            {WIDGET_TEXTS.downloadDraft[locale]}
          </button>
        </div>
      )}
      {status === 'recovered' && (
        <p className="oa-notice" role="status" data-oa-notice="storage-recovered">
          {WIDGET_TEXTS.storageWorksAgain[locale]}
        </p>
      )}
      {status === 'otherTab' && (
        <div className="oa-notice oa-notice--warning" role="alert" data-oa-notice="other-tab">
          <p>{WIDGET_TEXTS.otherTab[locale]}</p>
          <div className="oa-actions">
            <button type="button" className="oa-button" onClick={props.onContinueHere}>
              {WIDGET_TEXTS.continueHere[locale]}
            </button>
            <button type="button" className="oa-button" onClick={props.onDownloadDraft}>
              {WIDGET_TEXTS.downloadDraft[locale]}
            </button>
          </div>
        </div>
      )}
      {aside && (
        <div className="oa-notice oa-notice--warning" role="alert" data-oa-notice="draft-aside">
          <p>
            {props.asideRestored
              ? WIDGET_TEXTS.draftRestoredWithErrors[locale]
              : wt('draftUnreadable', locale, {
                  reason: (aside.reason === 'newer' ? WIDGET_TEXTS.draftFromNewerVersion : WIDGET_TEXTS.draftInvalid)[
                    locale
                  ],
                })}
          </p>
          <div className="oa-actions">
            <button type="button" className="oa-button" onClick={props.onDownloadAside}>
              {WIDGET_TEXTS.downloadStoredDraft[locale]}
            </button>
            {props.asideRestored ? (
              <button type="button" className="oa-button" onClick={props.onUndoRestore}>
                {WIDGET_TEXTS.undoImport[locale]}
              </button>
            ) : (
              <button type="button" className="oa-button" onClick={props.onRestoreAside}>
                {WIDGET_TEXTS.restoreStoredDraft[locale]}
              </button>
            )}
          </div>
        </div>
      )}
    </>
  );
}
