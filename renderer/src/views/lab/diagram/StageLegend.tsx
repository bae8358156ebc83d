import { useTranslation } from 'react-i18next';
import styles from './StageLegend.module.css';

/** What the lanes' colours and the outlined packets mean, and that programs never see the latter. */
export function StageLegend() {
  const { t } = useTranslation();
  return (
    <ul className={styles.legend} aria-label={t('diagram.legend.label')}>
      <li className={styles.request}>{t('diagram.legend.request')}</li>
      <li className={styles.echo}>{t('diagram.legend.echo')}</li>
      <li className={styles.kernel}>{t('diagram.legend.kernel')}</li>
    </ul>
  );
}
