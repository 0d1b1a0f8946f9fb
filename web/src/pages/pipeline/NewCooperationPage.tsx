import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { Cooperation } from '../../api/pipeline';
import { keys } from '../../api/queries';
import type { Organisation, User } from '../../api/types';
import { FormAlert, SelectField, SubmitButton, TextField, useFormErrors } from '../../components/Form';
import { usePageTitle } from '../../components/PageTitle';
import { RequireUser } from '../../components/RequireUser';
import { EmptyState } from '../../components/States';
import { LANGUAGES, type Language } from '../../domain';
import {
  PartnerPicker,
  type PickedOrganisation,
  ProfilePicker,
} from '../../features/pipeline/cooperation/PartyPickers';
import { todayIso } from '../../features/pipeline/format';
import { PipelineCatalogueGate, usePipelineT } from '../../features/pipeline/i18n';
import { localText, useLanguage } from '../../i18n/format';
import { isLanguage, languageOption } from '../../i18n/languages';
import { useSectorLabels, useVocab } from '../../i18n/vocab';

const FIELDS = ['title', 'organisationIds', 'profileIds', 'sector', 'openedOn'];

function SectorSelect({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const t = usePipelineT();
  const id = useId();
  const { groups, label } = useSectorLabels();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {t('newForm.sector')}
      </label>
      <select
        id={id}
        className="input select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">{t('newForm.sectorAuto')}</option>
        {groups.map((group) => (
          <optgroup key={group.code} label={label(group.code)}>
            <option value={group.code}>{label(group.code)}</option>
            {group.children.map((child) => (
              <option key={child.code} value={child.code}>
                {label(child.code)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Adds the organisation named in `?partner=` (a link from an organisation or opportunity page) once. */
function usePrefilledPartner(onFound: (organisation: Organisation) => void): string | null {
  const [params] = useSearchParams();
  const partnerId = params.get('partner') ?? '';
  const organisation = useQuery({
    queryKey: keys.organisation(partnerId),
    queryFn: () => api<Organisation>(`/organisations/${encodeURIComponent(partnerId)}`),
    enabled: partnerId !== '',
  });
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!done && partnerId && organisation.data) {
      setDone(true);
      onFound(organisation.data);
    }
  }, [done, partnerId, organisation.data, onFound]);
  return partnerId && organisation.data ? organisation.data.id : null;
}

function NewCooperationForm({ user }: { user: User }) {
  const t = usePipelineT();
  const { t: mainT } = useTranslation();
  const vocab = useVocab();
  const language = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const writable = user.memberships.filter((m) => m.role === 'admin' || m.role === 'editor');
  const administrator = user.platformRole === 'administrator';
  const [title, setTitle] = useState('');
  const [titleLanguage, setTitleLanguage] = useState<Language>(language);
  const [own, setOwn] = useState(writable[0]?.organisationId ?? '');
  const [partners, setPartners] = useState<PickedOrganisation[]>([]);
  const [profileIds, setProfileIds] = useState<string[]>(() => {
    const profile = params.get('profile');
    return profile ? [profile] : [];
  });
  const [sector, setSector] = useState('');
  const [openedOn, setOpenedOn] = useState(todayIso());
  const form = useFormErrors(FIELDS);
  usePrefilledPartner((organisation) =>
    setPartners((current) =>
      current.some((p) => p.id === organisation.id) || organisation.id === own
        ? current
        : [...current, organisation],
    ),
  );
  const organisationIds = [...(own ? [own] : []), ...partners.map((p) => p.id)];
  const open = useMutation({
    mutationFn: () =>
      api<Cooperation>('/cooperations', {
        method: 'POST',
        body: {
          title: { [titleLanguage]: title.trim() },
          organisationIds,
          profileIds,
          ...(sector ? { sector } : {}),
          openedOn,
        },
      }),
    onSuccess: (cooperation) => void navigate(`/cooperations/${cooperation.id}`),
    onError: form.fromError,
  });
  if (writable.length === 0 && !administrator) {
    return (
      <EmptyState title={t('newForm.noOrganisation')}>
        <Link to="/organisations/new" className="button button-primary">
          {mainT('nav.createOrganisation')}
        </Link>
      </EmptyState>
    );
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!title.trim()) errors.title = mainT('validation.required');
    if (organisationIds.length < 2) errors.organisationIds = t('newForm.partnersRequired');
    if (!openedOn) errors.openedOn = mainT('validation.required');
    if (Object.keys(errors).length > 0) {
      form.setFieldErrors(errors);
      return;
    }
    form.clear();
    open.mutate();
  };
  const fieldError = (name: string) =>
    form.field(name) ??
    Object.entries(form.errors.fields).find(
      ([key]) => key.startsWith(`${name}.`) || key.startsWith(`${name}[`),
    )?.[1];
  return (
    <form className="form-card" onSubmit={onSubmit} noValidate data-testid="new-cooperation">
      <FormAlert message={form.errors.general} />
      <div className="form-grid">
        <TextField
          label={t('newForm.titleLabel')}
          hint={t('newForm.titleHint')}
          value={title}
          onChange={setTitle}
          maxLength={200}
          inputLang={titleLanguage}
          error={fieldError('title')}
          required
        />
        <SelectField
          label={t('newForm.titleLanguage')}
          value={titleLanguage}
          onChange={(v) => {
            if (isLanguage(v)) setTitleLanguage(v);
          }}
          options={LANGUAGES.map((l) => ({ value: l, label: languageOption(l, vocab.language(l)), lang: l }))}
        />
      </div>
      {writable.length > 0 ? (
        <SelectField
          label={t('newForm.yourOrganisation')}
          value={own}
          onChange={setOwn}
          options={writable.map((m) => ({ value: m.organisationId, label: localText(m.name, language) }))}
          placeholder={administrator ? mainT('common.choose') : undefined}
          required={!administrator}
        />
      ) : null}
      <PartnerPicker
        partners={partners}
        exclude={own ? [own] : []}
        onChange={setPartners}
        error={fieldError('organisationIds')}
      />
      <ProfilePicker
        organisationIds={organisationIds}
        values={profileIds}
        onChange={setProfileIds}
        error={fieldError('profileIds')}
      />
      <div className="form-grid">
        <SectorSelect value={sector} onChange={setSector} error={fieldError('sector')} />
        <TextField
          type="date"
          label={t('newForm.openedOn')}
          hint={t('newForm.openedOnHint')}
          value={openedOn}
          onChange={setOpenedOn}
          max={todayIso()}
          error={fieldError('openedOn')}
          required
        />
      </div>
      <div className="actions">
        <SubmitButton pending={open.isPending} testId="open-cooperation">
          {t('newForm.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}

function NewCooperation({ user }: { user: User }) {
  const t = usePipelineT();
  usePageTitle(t('newForm.title'));
  return (
    <div className="container narrow page">
      <div className="page-head">
        <h1>{t('newForm.title')}</h1>
        <p className="lead-small">{t('newForm.lead')}</p>
      </div>
      <NewCooperationForm user={user} />
    </div>
  );
}

/** Opens a cooperation by hand between the reader's organisation and one or more partners. */
export function NewCooperationPage() {
  return (
    <PipelineCatalogueGate>
      <RequireUser verified>{(user) => <NewCooperation user={user} />}</RequireUser>
    </PipelineCatalogueGate>
  );
}
