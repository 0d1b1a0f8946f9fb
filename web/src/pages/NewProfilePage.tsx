import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../api/client';
import { refreshAfterProfileChange } from '../api/queries';
import type { Profile, User } from '../api/types';
import {
  collectErrors,
  FormAlert,
  SelectField,
  SubmitButton,
  TextField,
  useFormErrors,
  useValidators,
} from '../components/Form';
import { usePageTitle } from '../components/PageTitle';
import { RequireUser } from '../components/RequireUser';
import { LANGUAGES, type Language, PROFILE_KINDS, type ProfileKind } from '../domain';
import { localText, useLanguage } from '../i18n/format';
import { isLanguage, languageOption } from '../i18n/languages';
import { useVocab } from '../i18n/vocab';

function NewProfileForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const language = useLanguage();
  const navigate = useNavigate();
  const client = useQueryClient();
  const validators = useValidators();
  const writable = user.memberships.filter((m) => m.role === 'admin' || m.role === 'editor');
  const [organisationId, setOrganisationId] = useState(writable[0]?.organisationId ?? '');
  const [kind, setKind] = useState<ProfileKind>('technology_offer');
  const [originalLanguage, setOriginalLanguage] = useState<Language>(language);
  const [title, setTitle] = useState('');
  const form = useFormErrors(['organisationId', 'kind', 'originalLanguage', 'title']);

  const create = useMutation({
    mutationFn: () =>
      api<Profile>('/opportunities', {
        method: 'POST',
        body: { organisationId, kind, originalLanguage, title: { [originalLanguage]: title.trim() } },
      }),
    onSuccess: (profile) => {
      refreshAfterProfileChange(client, profile);
      void navigate(`/opportunities/${profile.id}/edit?step=texts`);
    },
    onError: form.fromError,
  });

  if (writable.length === 0) {
    return (
      <div className="state state-empty">
        <p className="state-title">{t('newProfile.noOrganisation')}</p>
        <p>{t('newProfile.noOrganisationHint')}</p>
        <div className="actions">
          <Link to="/organisations/new" className="button button-primary">
            {t('nav.createOrganisation')}
          </Link>
          <Link to="/organisations" className="button">
            {t('nav.organisations')}
          </Link>
        </div>
      </div>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors = collectErrors({
      organisationId: validators.required(organisationId),
      [`title.${originalLanguage}`]: validators.required(title),
    });
    if (Object.keys(errors).length > 0) {
      form.setFieldErrors(errors);
      return;
    }
    form.clear();
    create.mutate();
  };

  return (
    <form className="form-card" onSubmit={onSubmit} noValidate>
      <FormAlert message={form.errors.general} />
      <SelectField
        label={t('newProfile.organisation')}
        value={organisationId}
        onChange={setOrganisationId}
        options={writable.map((m) => ({ value: m.organisationId, label: localText(m.name, language) }))}
        error={form.field('organisationId')}
        required
      />
      <fieldset className="fieldset">
        <legend className="field-label">{t('newProfile.kind')}</legend>
        <div className="choice-cards">
          {PROFILE_KINDS.map((value) => (
            <label key={value} className={`choice-card${kind === value ? ' is-selected' : ''}`}>
              <input
                type="radio"
                name="kind"
                value={value}
                checked={kind === value}
                onChange={() => setKind(value)}
              />
              <span className="choice-title">{vocab.profileKind(value)}</span>
              <span className="choice-text">{t(`newProfile.kindHint.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        label={t('newProfile.originalLanguage')}
        hint={t('newProfile.originalLanguageHint')}
        value={originalLanguage}
        onChange={(v) => isLanguage(v) && setOriginalLanguage(v)}
        options={LANGUAGES.map((l) => ({
          value: l,
          label: languageOption(l, vocab.language(l)),
          lang: l,
        }))}
        required
      />
      <TextField
        label={t('newProfile.titleLabel', { language: vocab.language(originalLanguage) })}
        hint={t('newProfile.titleHint')}
        value={title}
        onChange={setTitle}
        inputLang={originalLanguage}
        maxLength={200}
        error={form.field(`title.${originalLanguage}`)}
        required
      />
      <div className="actions">
        <SubmitButton pending={create.isPending}>{t('newProfile.create')}</SubmitButton>
      </div>
    </form>
  );
}

export function NewProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('newProfile.pageTitle'));
  return (
    <div className="container narrow page">
      <div className="page-head">
        <h1>{t('newProfile.pageTitle')}</h1>
        <p className="lead-small">{t('newProfile.lead')}</p>
      </div>
      <RequireUser verified>{(user) => <NewProfileForm user={user} />}</RequireUser>
    </div>
  );
}
