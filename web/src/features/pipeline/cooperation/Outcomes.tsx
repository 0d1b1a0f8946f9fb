import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../../api/client';
import {
  type Cooperation,
  MONEY_METRICS,
  OUTCOME_METRICS,
  OUTCOME_STAGES,
  type Outcome,
  type OutcomeMetric,
  pipelineKeys,
  refreshAfterCooperationChange,
} from '../../../api/pipeline';
import {
  FormAlert,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  useFormErrors,
} from '../../../components/Form';
import { type PipelineFormat, todayIso, usePipelineFormat } from '../format';
import { usePipelineT } from '../i18n';

/** A figure as its metric counts it: US dollars for revenue and investment, a plain number otherwise. */
export function outcomeValue(format: PipelineFormat, metric: OutcomeMetric, value: number): string {
  return MONEY_METRICS.includes(metric) ? format.usd(value) : format.number(value);
}

function ReportForm({ cooperation }: { cooperation: Cooperation }) {
  const t = usePipelineT();
  const { t: mainT } = useTranslation();
  const client = useQueryClient();
  const [metric, setMetric] = useState<OutcomeMetric | ''>('');
  const [value, setValue] = useState('');
  const [reportedOn, setReportedOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors(['metric', 'value', 'reportedOn', 'note']);
  const report = useMutation({
    mutationFn: () =>
      api<Cooperation>(`/cooperations/${cooperation.id}/outcomes`, {
        method: 'POST',
        body: { metric, value: Number(value), reportedOn, note: note.trim() },
      }),
    onSuccess: (updated) => {
      refreshAfterCooperationChange(client, updated);
      setValue('');
      setNote('');
      setDone(t('outcomes.reported'));
    },
    onError: form.fromError,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const errors: Record<string, string> = {};
    if (!metric) errors.metric = mainT('validation.required');
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number) || number < 0)
      errors.value = t('outcomes.invalidNumber');
    if (!reportedOn) errors.reportedOn = mainT('validation.required');
    if (Object.keys(errors).length > 0) {
      form.setFieldErrors(errors);
      return;
    }
    form.clear();
    report.mutate();
  };
  const money = metric !== '' && MONEY_METRICS.includes(metric);
  return (
    <form onSubmit={onSubmit} noValidate className="coop-subform" data-testid="outcome-form">
      <h3 className="coop-subtitle">{t('outcomes.report')}</h3>
      <FormAlert message={form.errors.general} />
      <FormAlert message={done} tone="success" />
      <div className="form-grid">
        <SelectField
          label={t('outcomes.metric')}
          value={metric}
          onChange={(v) => setMetric(v as OutcomeMetric)}
          options={OUTCOME_METRICS.map((m) => ({ value: m, label: t(`metric.${m}`) }))}
          placeholder={mainT('common.choose')}
          error={form.field('metric')}
          required
        />
        <TextField
          type="number"
          label={t('outcomes.value')}
          hint={money ? t('outcomes.valueMoneyHint') : t('outcomes.valueCountHint')}
          value={value}
          onChange={setValue}
          min="0"
          error={form.field('value')}
          required
        />
        <TextField
          type="date"
          label={t('outcomes.reportedOn')}
          value={reportedOn}
          onChange={setReportedOn}
          max={todayIso()}
          error={form.field('reportedOn')}
          required
        />
      </div>
      <TextArea
        label={t('outcomes.note')}
        value={note}
        onChange={setNote}
        error={form.field('note')}
        rows={2}
        maxLength={2000}
      />
      <div className="actions">
        <SubmitButton pending={report.isPending} testId="outcome-submit">
          {t('outcomes.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Outcomes reported over time, and the form to report one once the agreement is implemented. */
export function Outcomes({ cooperation }: { cooperation: Cooperation }) {
  const t = usePipelineT();
  const format = usePipelineFormat();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (outcome: Outcome) =>
      api(`/cooperations/${cooperation.id}/outcomes/${outcome.id}`, { method: 'DELETE' }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: pipelineKeys.cooperation(cooperation.id) });
      void client.invalidateQueries({ queryKey: ['indicators'] });
    },
    onError: (e) => setError(isApiError(e) ? e.message : null),
  });
  const canReport = cooperation.permissions.update && OUTCOME_STAGES.includes(cooperation.stage);
  const outcomes = [...cooperation.outcomes].sort((a, b) => b.reportedOn.localeCompare(a.reportedOn));
  return (
    <section className="panel" aria-labelledby="outcomes-title" data-testid="outcomes">
      <h2 id="outcomes-title" className="panel-title">
        {t('outcomes.title')}
      </h2>
      <FormAlert message={error} />
      {outcomes.length === 0 ? (
        <p className="muted">
          {OUTCOME_STAGES.includes(cooperation.stage) ? t('outcomes.none') : t('outcomes.notYet')}
        </p>
      ) : (
        <ul className="coop-records">
          {outcomes.map((outcome) => (
            <li key={outcome.id} data-testid="outcome">
              <div className="coop-record-row">
                <p className="coop-record-title">
                  {t('outcomes.entry', {
                    metric: t(`metric.${outcome.metric}`),
                    value: outcomeValue(format, outcome.metric, outcome.value),
                  })}
                </p>
                {cooperation.permissions.update ? (
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    disabled={remove.isPending}
                    onClick={() => {
                      setError(null);
                      if (window.confirm(t('outcomes.confirmRemove'))) remove.mutate(outcome);
                    }}
                  >
                    {t('common.remove')}
                    <span className="visually-hidden">: {t(`metric.${outcome.metric}`)}</span>
                  </button>
                ) : null}
              </div>
              <p className="muted coop-small">
                <time dateTime={outcome.reportedOn}>{format.date(outcome.reportedOn)}</time>
                {outcome.note ? ` · ${outcome.note}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canReport ? <ReportForm cooperation={cooperation} /> : null}
    </section>
  );
}
