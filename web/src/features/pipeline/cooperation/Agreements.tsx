import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import {
  AGREEMENT_STAGES,
  type Agreement,
  type Cooperation,
  refreshAfterCooperationChange,
} from '../../../api/pipeline';
import { FormAlert, SubmitButton, useFormErrors } from '../../../components/Form';
import { usePipelineFormat } from '../format';
import { usePipelineT } from '../i18n';
import {
  type AgreementDraft,
  AgreementFields,
  agreementInput,
  checkAgreement,
  emptyAgreement,
} from './AgreementFields';

/** The value in its currency and, beside it, the US dollar equivalent and the rate it came from. */
function AgreementValue({ agreement }: { agreement: Agreement }) {
  const t = usePipelineT();
  const format = usePipelineFormat();
  const value = agreement.value;
  if (!value) return <dd>{t('agreements.undisclosed')}</dd>;
  return (
    <dd>
      <span data-testid="agreement-value">{format.money(value.amount, value.currency)}</span>
      {value.currency === 'USD' ? null : agreement.usdValue !== null ? (
        <>
          {' '}
          <span className="coop-usd" data-testid="usd-value">
            ≈ {format.money(agreement.usdValue, 'USD')}
          </span>
          {agreement.usdRate ? (
            <span className="block muted coop-small">
              {t('agreements.usdRate', {
                rate: format.number(agreement.usdRate.unitsPerUsd),
                currency: value.currency,
                date: format.date(agreement.usdRate.date),
              })}
            </span>
          ) : null}
        </>
      ) : (
        <span className="block muted coop-small" data-testid="usd-missing">
          {t('agreements.noRate', { currency: value.currency })}
        </span>
      )}
    </dd>
  );
}

function FurtherAgreement({ cooperation }: { cooperation: Cooperation }) {
  const t = usePipelineT();
  const { t: mainT } = useTranslation();
  const client = useQueryClient();
  const [draft, setDraft] = useState<AgreementDraft>(emptyAgreement);
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors(['type', 'signedOn', 'value', 'ipTerms']);
  const record = useMutation({
    mutationFn: () =>
      api<Cooperation>(`/cooperations/${cooperation.id}/agreements`, {
        method: 'POST',
        body: agreementInput(draft),
      }),
    onSuccess: (updated) => {
      refreshAfterCooperationChange(client, updated);
      setDraft(emptyAgreement());
      setDone(t('agreements.recorded'));
    },
    onError: form.fromError,
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const errors = checkAgreement(draft, '', {
      required: mainT('validation.required'),
      number: t('outcomes.invalidNumber'),
    });
    if (Object.keys(errors).length > 0) {
      form.setFieldErrors(errors);
      return;
    }
    form.clear();
    record.mutate();
  };
  return (
    <details className="coop-disclosure">
      <summary>{t('agreements.recordFurther')}</summary>
      <form onSubmit={onSubmit} noValidate className="coop-subform">
        <p className="muted">{t('agreements.recordFurtherHint')}</p>
        <FormAlert message={form.errors.general} />
        <FormAlert message={done} tone="success" />
        <AgreementFields draft={draft} onChange={setDraft} error={form.field} />
        <div className="actions">
          <SubmitButton pending={record.isPending}>{t('agreements.submit')}</SubmitButton>
        </div>
      </form>
    </details>
  );
}

/** The agreements signed, each with its value and US dollar equivalent. */
export function Agreements({ cooperation }: { cooperation: Cooperation }) {
  const t = usePipelineT();
  const format = usePipelineFormat();
  return (
    <section className="panel" aria-labelledby="agreements-title" data-testid="agreements">
      <h2 id="agreements-title" className="panel-title">
        {t('agreements.title')}
      </h2>
      {cooperation.agreements.length === 0 ? (
        <p className="muted">{t('agreements.none')}</p>
      ) : (
        <ul className="coop-records">
          {cooperation.agreements.map((agreement) => (
            <li key={agreement.id} data-testid="agreement">
              <p className="coop-record-title">{t(`agreementType.${agreement.type}`)}</p>
              <dl className="coop-facts">
                <div>
                  <dt>{t('agreements.signedOn')}</dt>
                  <dd>{format.date(agreement.signedOn)}</dd>
                </div>
                <div>
                  <dt>{t('agreements.value')}</dt>
                  <AgreementValue agreement={agreement} />
                </div>
                {agreement.ipTerms ? (
                  <div>
                    <dt>{t('agreements.ipTerms')}</dt>
                    <dd className="coop-pre">{agreement.ipTerms}</dd>
                  </div>
                ) : null}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {cooperation.permissions.update && AGREEMENT_STAGES.includes(cooperation.stage) ? (
        <FurtherAgreement cooperation={cooperation} />
      ) : null}
    </section>
  );
}
