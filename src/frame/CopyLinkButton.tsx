import { useState } from 'react';
import { useStrings } from '../i18n';
import { Icon } from '../ui/Icon';
import { shareLink } from './url-state';

/**
 * Copies a link to the widget's current state. The link is also shown, selected, so a reader whose
 * browser refuses clipboard access can copy it by hand.
 */
export function CopyLinkButton({
  id,
  readState,
  onCopied,
}: {
  id: string;
  readState: () => URLSearchParams;
  onCopied: (message: string) => void;
}) {
  const { t } = useStrings();
  const [link, setLink] = useState<string | null>(null);
  const copy = async () => {
    const url = shareLink(id, readState());
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      onCopied(t('linkCopied'));
    } catch {
      onCopied(t('linkReady'));
    }
  };
  return (
    <>
      <button type="button" className="frame-button" onClick={() => void copy()}>
        <Icon name="link" /> <span className="button-text">{t('copyLink')}</span>
      </button>
      {link && (
        <label className="share-link">
          <span className="visually-hidden">{t('linkReady')}</span>
          <input readOnly value={link} onFocus={(event) => event.currentTarget.select()} data-share-link="" />
        </label>
      )}
    </>
  );
}
