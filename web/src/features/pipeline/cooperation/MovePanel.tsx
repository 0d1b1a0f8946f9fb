import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import {
  CLOSED_REASONS,
  type ClosedReason,
  type Cooperation,
  type CooperationStage,
  refreshAfterCooperationChange,
  STAGE_MOVES,
} from '../../../api/pipeline';
import {
  FormAlert,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  useFormErrors,
} from '../../../components/Form';
import { todayIso } from '../format';
import { usePipelineT } from '../i18n';
import {
  type AgreementDraft,
  AgreementFields,
  agreementInput,
  checkAgreement,
  emptyAgreement,
} from './AgreementFields';

const FIELDS = ['to', 'occurredOn', 'comment', 'closedReason', 'agreement'];

/** The move form: the next stage (only those the pipeline allows), the day, a comment, and what the stage needs. */
function MoveForm({
  cooperation,
  moves,
  onMoved,
}: {
  cooperation: Cooperation;
  moves: readonly CooperationStage[];
  onMoved: (message: string | null) => void;
}) {
  const t = usePipelineT();
  const { t: mainT } = useTranslation();
  const client = useQueryClient();
  const firstForward = moves.find((m) => m !== 'closed_without_agreement') ?? moves[0] ?? 'contact';
  const [to, setTo] = useState<CooperationStage>(firstForward);
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState<ClosedReason | ''>('');
  const [agreement, setAgreement] = useState<AgreementDraft>(emptyAgreement);
  const form = useFormErrors(FIELDS);
  const move = useMutation({
    mutationFn: () =>
      api<Cooperation>(`/cooperations/${cooperation.id}/stage`, {
        method: 'POST',
        body: {
          to,
          // The agreement's signing date is the day of the move.
          ...(to === 'agreement_signed' ? {} : { occurredOn }),
          comment: comment.trim(),
          ...(to === 'closed_without_agreement' ? { closedReason: reason } : {}),
          ...(to === 'agreement_signed' ? { agreement: agreementInput(agreement) } : {}),
        },
      }),
    onSuccess: (updated) => {
      // The panel then shows a fresh form for the new stage.
      onMoved(t('move.moved', { stage: t(`stage.${updated.stage}`) }));
      refreshAfterCooperationChange(client, updated);
    },
    onError: form.fromError,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onMoved(null);
    const errors: Record<string, string> = {};
    if (to === 'closed_without_agreement' && !reason) errors.closedReason = mainT('validation.required');
    if (to !== 'agreement_signed' && !occurredOn) errors.occurredOn = mainT('validation.required');
    if (to === 'agreement_signed') {
      Object.assign(
        errors,
        checkAgreement(agreement, 'agreement.', {
          required: mainT('validation.required'),
          number: t('outcomes.invalidNumber'),
        }),
      );
    }
    if (Object.keys(errors).length > 0) {
      form.setFieldErrors(errors);
      return;
    }
    if (to === 'closed_without_agreement' && !window.confirm(t('move.confirmClose'))) return;
    form.clear();
    move.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate data-testid="move-form">
      <FormAlert message={form.errors.general} />
      <div className="form-grid">
        <SelectField
          label={t('move.to')}
          value={to}
          onChange={(v) => {
            setTo(v as CooperationStage);
            form.clear();
          }}
          options={moves.map((m) => ({ value: m, label: t(`stage.${m}`) }))}
          error={form.field('to')}
        />
        {to === 'agreement_signed' ? null : (
          <TextField
            type="date"
            label={t('move.occurredOn')}
            hint={t('move.occurredOnHint')}
            value={occurredOn}
            onChange={setOccurredOn}
            max={todayIso()}
            error={form.field('occurredOn')}
            required
          />
        )}
      </div>
      {to === 'closed_without_agreement' ? (
        <SelectField
          label={t('move.reason')}
          value={reason}
          onChange={(v) => setReason(v as ClosedReason)}
          options={CLOSED_REASONS.map((r) => ({ value: r, label: t(`closedReason.${r}`) }))}
          placeholder={mainT('common.choose')}
          error={form.field('closedReason')}
          required
        />
      ) : null}
      {to === 'agreement_signed' ? (
        <fieldset className="plain-fieldset coop-subform">
          <legend className="field-label">{t('move.agreementFirst')}</legend>
          <AgreementFields
            draft={agreement}
            onChange={setAgreement}
            error={(name) => form.field(`agreement.${name}`)}
          />
        </fieldset>
      ) : null}
      <TextArea
        label={t('move.comment')}
        hint={t('move.commentHint')}
        value={comment}
        onChange={setComment}
        error={form.field('comment')}
        rows={2}
        maxLength={2000}
      />
      <div className="actions">
        <SubmitButton pending={move.isPending} testId="move-submit">
          {t('move.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** Moving a cooperation along: the form for its editors, or a note on where it stands. */
export function MovePanel({ cooperation }: { cooperation: Cooperation }) {
  const t = usePipelineT();
  const [done, setDone] = useState<string | null>(null);
  const moves = STAGE_MOVES[cooperation.stage];
  let note: string | null = null;
  if (cooperation.stage === 'closed_without_agreement') note = t('move.closed');
  else if (cooperation.stage === 'implementation') note = t('move.implementationHint');
  else if (cooperation.stage === 'outcome_reported') note = t('move.finished');
  else if (!cooperation.permissions.update) note = t('move.readOnly');
  return (
    <section className="panel panel-highlight" aria-labelledby="move-title" data-testid="move-panel">
      <h2 id="move-title" className="panel-title">
        {t('move.title')}
      </h2>
      <FormAlert message={done} tone="success" />
      {note ? <p className="muted">{note}</p> : null}
      {cooperation.permissions.update && moves.length > 0 ? (
        // A new form for each stage, so its defaults follow the stage.
        <MoveForm key={cooperation.stage} cooperation={cooperation} moves={moves} onMoved={setDone} />
      ) : null}
    </section>
  );
}
