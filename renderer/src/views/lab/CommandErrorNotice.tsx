import { useTranslation } from 'react-i18next';
import type { CommandError } from '@contract/responses';
import { explainCommandError } from '../../lab/explain-error';
import notice from '../../styles/notice.module.css';

/**
 * A failed command explained beside the control that ran it. Payload problems are shown at
 * their fields instead, so only the others appear here.
 */
export function CommandErrorNotice({ error }: { error: CommandError | undefined }) {
  const { t } = useTranslation();
  if (!error || error.kind === 'invalid-payload') return null;
  return (
    <p className={notice.error} role="alert">
      {explainCommandError(t, error)}
    </p>
  );
}
