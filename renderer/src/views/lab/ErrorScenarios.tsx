import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppServices } from '../../app-context';
import { runScenario, SCENARIO_IDS, type ScenarioId, type ScenarioOutcome } from '../../lab/error-scenarios';
import { explainCommandError } from '../../lab/explain-error';

/** One click makes a classic socket error happen for real; the answer is explained below. */
export function ErrorScenarios() {
  const { t } = useTranslation();
  const { api } = useAppServices();
  const [running, setRunning] = useState<ScenarioId>();
  const [outcome, setOutcome] = useState<{ id: ScenarioId; outcome: ScenarioOutcome }>();

  const run = async (id: ScenarioId) => {
    setRunning(id);
    setOutcome(undefined);
    setOutcome({ id, outcome: await runScenario(api, id) });
    setRunning(undefined);
  };

  return (
    <section className="panel" aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading">{t('scenarios.heading')}</h2>
      <p className="hint">{t('scenarios.intro')}</p>
      <div className="scenario-buttons">
        {SCENARIO_IDS.map((id) => (
          <button key={id} type="button" disabled={running !== undefined} onClick={() => void run(id)}>
            {t(`scenarios.${id}`)}
          </button>
        ))}
      </div>
      {outcome && (
        <div className="scenario-outcome" role="status" aria-label={t('scenarios.result')}>
          <strong>{t(`scenarios.${outcome.id}`)}</strong>
          <p>
            {outcome.outcome.kind === 'error'
              ? explainCommandError(t, outcome.outcome.error)
              : t(`scenarios.notes.${outcome.outcome.key}`, outcome.outcome.params)}
          </p>
        </div>
      )}
    </section>
  );
}
