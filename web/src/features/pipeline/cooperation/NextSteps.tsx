import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../../api/client';
import {
  type Cooperation,
  type NextStep,
  refreshAfterCooperationChange,
  usePossibleOwners,
} from '../../../api/pipeline';
import { FormAlert, SelectField, SubmitButton, TextField, useFormErrors } from '../../../components/Form';
import { localText, useLanguage } from '../../../i18n/format';
import { todayIso, usePipelineFormat } from '../format';
import { usePipelineT } from '../i18n';

function AddStep({ cooperation }: { cooperation: Cooperation }) {
  const t = usePipelineT();
  const { t: mainT } = useTranslation();
  const client = useQueryClient();
  const language = useLanguage();
  const possible = usePossibleOwners(cooperation.id, true);
  const owners = possible.data ?? [];
  const [description, setDescription] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors(['description', 'ownerId', 'dueOn']);
  const add = useMutation({
    mutationFn: () =>
      api<Cooperation>(`/cooperations/${cooperation.id}/next-steps`, {
        method: 'POST',
        body: { description: description.trim(), ownerId, dueOn },
      }),
    onSuccess: (updated) => {
      refreshAfterCooperationChange(client, updated);
      setDescription('');
      setDueOn('');
      setDone(t('nextSteps.added'));
    },
    onError: form.fromError,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const errors: Record<string, string> = {};
    if (!description.trim()) errors.description = mainT('validation.required');
    if (!ownerId) errors.ownerId = mainT('validation.required');
    if (!dueOn) errors.dueOn = mainT('validation.required');
    if (Object.keys(errors).length > 0) {
      form.setFieldErrors(errors);
      return;
    }
    form.clear();
    add.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate className="coop-subform">
      <FormAlert message={form.errors.general} />
      <FormAlert message={done} tone="success" />
      <TextField
        label={t('nextSteps.description')}
        value={description}
        onChange={setDescription}
        maxLength={1000}
        error={form.field('description')}
        required
      />
      <div className="form-grid">
        <SelectField
          label={t('nextSteps.owner')}
          hint={t('nextSteps.ownerHint')}
          value={ownerId}
          onChange={setOwnerId}
          options={owners.map((person) => ({
            value: person.userId,
            // The organisations tell apart namesakes and say which party the owner speaks for.
            label: `${person.displayName} (${person.organisations.map((o) => localText(o.name, language)).join(', ')})`,
          }))}
          placeholder={mainT('common.choose')}
          error={form.field('ownerId')}
          required
        />
        <TextField
          type="date"
          label={t('nextSteps.dueOn')}
          value={dueOn}
          onChange={setDueOn}
          error={form.field('dueOn')}
          required
        />
      </div>
      <div className="actions">
        <SubmitButton pending={add.isPending}>{t('nextSteps.add')}</SubmitButton>
      </div>
    </form>
  );
}

function StepItem({ cooperation, step }: { cooperation: Cooperation; step: NextStep }) {
  const t = usePipelineT();
  const format = usePipelineFormat();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const onError = (e: unknown) => setError(isApiError(e) ? e.message : null);
  const toggle = useMutation({
    mutationFn: (done: boolean) =>
      api<Cooperation>(`/cooperations/${cooperation.id}/next-steps/${step.id}`, {
        method: 'PATCH',
        body: { done },
      }),
    onSuccess: (updated) => refreshAfterCooperationChange(client, updated),
    onError,
  });
  const remove = useMutation({
    mutationFn: () => api(`/cooperations/${cooperation.id}/next-steps/${step.id}`, { method: 'DELETE' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['cooperation', cooperation.id] }),
    onError,
  });
  // The box shows the new state at once while the change is on its way (and the old one if it fails).
  const done = toggle.isPending ? Boolean(toggle.variables) : Boolean(step.doneAt);
  const overdue = !done && step.dueOn < todayIso();
  const editable = cooperation.permissions.update;
  return (
    <li className={`coop-step-item${done ? ' is-done' : ''}`} data-testid="next-step" data-done={done}>
      <div className="coop-record-row">
        {editable ? (
          <label className="checkbox">
            <input
              type="checkbox"
              checked={done}
              disabled={toggle.isPending}
              onChange={(e) => {
                setError(null);
                toggle.mutate(e.target.checked);
              }}
            />
            <span>
              {step.description}
              <span className="visually-hidden"> ({t('nextSteps.doneOn')})</span>
            </span>
          </label>
        ) : (
          <p className="coop-record-title">{step.description}</p>
        )}
        {editable ? (
          <button
            type="button"
            className="button button-ghost button-small"
            disabled={remove.isPending}
            onClick={() => {
              setError(null);
              if (window.confirm(t('nextSteps.confirmRemove', { step: step.description }))) remove.mutate();
            }}
          >
            {t('common.remove')}
            <span className="visually-hidden">: {step.description}</span>
          </button>
        ) : null}
      </div>
      <p className="muted coop-small">
        {step.owner?.displayName
          ? t('nextSteps.ownerName', { name: step.owner.displayName })
          : t('nextSteps.noOwner')}{' '}
        · {t('nextSteps.due', { date: format.date(step.dueOn) })}
        {overdue ? (
          <span className="badge badge-warning coop-inline-badge">{t('nextSteps.overdue')}</span>
        ) : null}
        {done && !editable ? (
          <span className="badge badge-success coop-inline-badge">{t('nextSteps.doneOn')}</span>
        ) : null}
      </p>
      <FormAlert message={error} />
    </li>
  );
}

/** Next steps with their owners and due dates; owners get an email reminder before the due date. */
export function NextSteps({ cooperation }: { cooperation: Cooperation }) {
  const t = usePipelineT();
  const open = cooperation.stage !== 'closed_without_agreement';
  const steps = [...cooperation.nextSteps].sort(
    (a, b) => Number(Boolean(a.doneAt)) - Number(Boolean(b.doneAt)) || a.dueOn.localeCompare(b.dueOn),
  );
  return (
    <section className="panel" aria-labelledby="next-steps-title" data-testid="next-steps">
      <h2 id="next-steps-title" className="panel-title">
        {t('nextSteps.title')}
      </h2>
      {steps.length === 0 ? (
        <p className="muted">{t('nextSteps.none')}</p>
      ) : (
        <ul className="coop-records">
          {steps.map((step) => (
            <StepItem key={step.id} cooperation={cooperation} step={step} />
          ))}
        </ul>
      )}
      {cooperation.permissions.update && open ? (
        <details className="coop-disclosure">
          <summary>{t('nextSteps.add')}</summary>
          <AddStep cooperation={cooperation} />
        </details>
      ) : null}
    </section>
  );
}
