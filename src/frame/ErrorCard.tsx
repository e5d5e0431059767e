import { useStrings } from '../i18n';

/** What a reader sees when a widget fails: what went wrong and a way to start it again. */
export function ErrorCard({ error, onReset }: { error: Error; onReset: () => void }) {
  const { t } = useStrings();
  return (
    <div className="error-card" role="alert">
      <p className="error-title">{t('widgetFailed')}</p>
      <p className="error-message">
        <code>{error.message || error.name}</code>
      </p>
      <p>{t('widgetFailedHelp')}</p>
      <button type="button" onClick={onReset}>
        {t('widgetReset')}
      </button>
    </div>
  );
}
