import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_TYPES,
  type AgreementInput,
  type AgreementType,
  CURRENCIES,
  type Currency,
} from '../../../api/pipeline';
import { SelectField, TextArea, TextField } from '../../../components/Form';
import { todayIso } from '../format';
import { usePipelineT } from '../i18n';

/** The agreement form as typed: the amount stays text until it is sent. */
export interface AgreementDraft {
  type: AgreementType | '';
  signedOn: string;
  disclosed: boolean;
  amount: string;
  currency: Currency;
  ipTerms: string;
}

export function emptyAgreement(): AgreementDraft {
  return { type: '', signedOn: todayIso(), disclosed: true, amount: '', currency: 'USD', ipTerms: '' };
}

/** Checks the draft in the browser; returns the messages by the API's field names (under `prefix`). */
export function checkAgreement(
  draft: AgreementDraft,
  prefix: string,
  messages: { required: string; number: string },
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.type) errors[`${prefix}type`] = messages.required;
  if (!draft.signedOn) errors[`${prefix}signedOn`] = messages.required;
  if (draft.disclosed) {
    const amount = Number(draft.amount);
    if (draft.amount.trim() === '' || !Number.isFinite(amount) || amount < 0)
      errors[`${prefix}value.amount`] = messages.number;
  }
  return errors;
}

export function agreementInput(draft: AgreementDraft): AgreementInput {
  return {
    type: draft.type as AgreementType,
    signedOn: draft.signedOn,
    value: draft.disclosed ? { amount: Number(draft.amount), currency: draft.currency } : null,
    ipTerms: draft.ipTerms.trim(),
  };
}

/**
 * Type, signing date, value in its currency (or undisclosed) and the IP terms of an agreement.
 * `field(name)` gives the error of an API field, e.g. `agreement.value.amount` with its prefix.
 */
export function AgreementFields({
  draft,
  onChange,
  error,
}: {
  draft: AgreementDraft;
  onChange: (draft: AgreementDraft) => void;
  error: (field: string) => string | undefined;
}) {
  const t = usePipelineT();
  const { t: mainT } = useTranslation();
  const set = <K extends keyof AgreementDraft>(key: K, value: AgreementDraft[K]) =>
    onChange({ ...draft, [key]: value });
  return (
    <div className="coop-agreement-fields">
      <div className="form-grid">
        <SelectField
          label={t('agreements.type')}
          value={draft.type}
          onChange={(v) => set('type', v as AgreementType)}
          options={AGREEMENT_TYPES.map((type) => ({ value: type, label: t(`agreementType.${type}`) }))}
          placeholder={mainT('common.choose')}
          error={error('type')}
          required
        />
        <TextField
          type="date"
          label={t('agreements.signedOn')}
          value={draft.signedOn}
          onChange={(v) => set('signedOn', v)}
          max={todayIso()}
          error={error('signedOn')}
          required
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={!draft.disclosed}
          onChange={(e) => set('disclosed', !e.target.checked)}
        />
        <span>{t('agreements.undisclosed')}</span>
      </label>
      {draft.disclosed ? (
        <div className="form-grid coop-money">
          <TextField
            type="number"
            label={t('agreements.amount')}
            value={draft.amount}
            onChange={(v) => set('amount', v)}
            min="0"
            error={error('value.amount') ?? error('value')}
            required
          />
          <SelectField
            label={t('agreements.currency')}
            value={draft.currency}
            onChange={(v) => set('currency', v as Currency)}
            options={CURRENCIES.map((c) => ({ value: c, label: t(`currency.${c}`) }))}
            error={error('value.currency')}
          />
        </div>
      ) : null}
      <TextArea
        label={t('agreements.ipTerms')}
        hint={t('agreements.ipTermsHint')}
        value={draft.ipTerms}
        onChange={(v) => set('ipTerms', v)}
        error={error('ipTerms')}
        rows={3}
        maxLength={5000}
      />
    </div>
  );
}
