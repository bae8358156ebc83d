import { useTranslation } from 'react-i18next';
import { selectBackendStatus } from '../lab/lab-selectors';
import { useLab } from '../lab/use-lab';
import notice from '../styles/notice.module.css';

/**
 * The truth about the back end, for the diagram: once it is gone its sockets are gone too, and a
 * restarted one is reached only at the new address it printed. Nothing while it is there.
 */
export function BackendGoneNotice() {
  const { t } = useTranslation();
  const status = useLab(selectBackendStatus);
  if (status !== 'lost' && status !== 'replaced') return null;
  return (
    <p className={notice.banner} role="alert">
      {t(status === 'lost' ? 'connection.backendGone' : 'connection.replaced')}
    </p>
  );
}
