import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../api/types';
import {
  FormAlert,
  SelectField,
  SubmitButton,
  TextField,
  useFormErrors,
  useValidators,
} from '../components/Form';
import { MultilingualField } from '../components/MultilingualField';
import {
  COUNTRIES,
  type Country,
  type MultilingualText,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '../domain';
import { useLanguage } from '../i18n/format';
import { useVocab } from '../i18n/vocab';

export interface OrganisationInput {
  name: MultilingualText;
  kind: OrganisationKind;
  country: Country;
  city: string;
  website: string | null;
  description: MultilingualText;
}

const FIELDS = ['name', 'kind', 'country', 'city', 'website', 'description', 'slug'];

/** The fields of an organisation, for creating one and for editing it. */
export function OrganisationForm({
  initial,
  submitLabel,
  onSubmit,
  readOnly = false,
}: {
  initial?: Organisation;
  submitLabel: string;
  onSubmit: (input: OrganisationInput) => Promise<unknown>;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const language = useLanguage();
  const validators = useValidators();
  const [name, setName] = useState<MultilingualText>(initial?.name ?? {});
  const [kind, setKind] = useState<OrganisationKind | ''>(initial?.kind ?? '');
  const [country, setCountry] = useState<Country | ''>(initial?.country ?? '');
  const [city, setCity] = useState(initial?.city ?? '');
  const [website, setWebsite] = useState(initial?.website ?? '');
  const [description, setDescription] = useState<MultilingualText>(initial?.description ?? {});
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors(FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const errors: Record<string, string> = {};
    if (!Object.values(name).some((v) => v?.trim())) errors.name = t('orgForm.nameRequired');
    const kindError = validators.required(kind);
    if (kindError) errors.kind = kindError;
    const countryError = validators.required(country);
    if (countryError) errors.country = countryError;
    if (website.trim() && !/^https?:\/\/\S+\.\S+/.test(website.trim())) errors.website = t('validation.url');
    if (Object.keys(errors).length > 0 || kind === '' || country === '') {
      form.setFieldErrors(errors);
      return;
    }
    form.clear();
    setPending(true);
    try {
      await onSubmit({
        name,
        kind,
        country,
        city: city.trim(),
        website: website.trim() || null,
        description,
      });
      setSaved(true);
    } catch (error) {
      form.fromError(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="form-card" onSubmit={(e) => void submit(e)} noValidate>
      <FormAlert message={form.errors.general} />
      {saved ? <FormAlert tone="success" message={t('common.saved')} /> : null}
      <fieldset disabled={readOnly} className="plain-fieldset">
        <MultilingualField
          label={t('orgForm.name')}
          hint={t('orgForm.nameHint')}
          field="name"
          value={name}
          onChange={setName}
          errors={form.errors.fields}
          maxLength={200}
          initialLanguage={initial ? language : 'en'}
        />
        <div className="form-grid">
          <SelectField
            label={t('orgForm.kind')}
            value={kind}
            onChange={(v) => setKind(v as OrganisationKind)}
            placeholder={t('common.choose')}
            options={ORGANISATION_KINDS.map((k) => ({ value: k, label: vocab.organisationKind(k) }))}
            error={form.field('kind')}
            required
          />
          <SelectField
            label={t('orgForm.country')}
            value={country}
            onChange={(v) => setCountry(v as Country)}
            placeholder={t('common.choose')}
            options={COUNTRIES.map((c) => ({ value: c, label: vocab.country(c) }))}
            error={form.field('country')}
            required
          />
          <TextField
            label={t('orgForm.city')}
            value={city}
            onChange={setCity}
            maxLength={120}
            error={form.field('city')}
          />
          <TextField
            type="url"
            label={t('orgForm.website')}
            hint={t('orgForm.websiteHint')}
            value={website}
            onChange={setWebsite}
            maxLength={300}
            error={form.field('website')}
            inputMode="url"
          />
        </div>
        <MultilingualField
          label={t('orgForm.description')}
          field="description"
          value={description}
          onChange={setDescription}
          errors={form.errors.fields}
          maxLength={5000}
          multiline
          initialLanguage={language}
        />
      </fieldset>
      {readOnly ? null : (
        <div className="actions">
          <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        </div>
      )}
    </form>
  );
}
