import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, isApiError } from '../api/client';
import { keys, refreshAfterProfileChange, useProfile, useSettings } from '../api/queries';
import type { Profile, ProfileContent } from '../api/types';
import { uploadAttachment } from '../api/upload';
import { NotFoundContent } from '../app/ErrorPage';
import { KindChip, StatusBadge } from '../components/Chips';
import {
  CheckboxGroup,
  FormAlert,
  SelectField,
  TextArea,
  TextField,
  useFormErrors,
} from '../components/Form';
import { CheckIcon, FileIcon } from '../components/Icons';
import { LanguageTabs } from '../components/LanguageTabs';
import { usePageTitle } from '../components/PageTitle';
import { RequireUser } from '../components/RequireUser';
import { ErrorState, Loading, NotAllowed } from '../components/States';
import {
  COOPERATION_TYPES,
  COUNTRIES,
  DEVELOPMENT_STAGES,
  IPR_STATUSES,
  LANGUAGES,
  type Language,
  OFFER_KINDS,
  ORGANISATION_KINDS,
  PARTNER_SIZES,
  SDG_NUMBERS,
} from '../domain';
import { type SaveState, useAutosave } from '../features/autosave';
import { profileAccess } from '../features/profile-access';
import { localText, useFormat, useLanguage } from '../i18n/format';
import { isLanguage, languageOption } from '../i18n/languages';
import { useSectorLabels, useVocab } from '../i18n/vocab';
import { useUser } from '../session/session';

/** What the editor changes: the profile's content and the language it was written in. */
type Draft = ProfileContent & { originalLanguage: Language };

const STEPS = ['texts', 'technology', 'partner', 'details', 'attachments', 'submit'] as const;
type Step = (typeof STEPS)[number];

/** Which step shows which API field, to lead the author to the one in error. */
const STEP_FIELDS: Record<Step, readonly string[]> = {
  texts: ['title', 'summary', 'description', 'advantages', 'specification', 'originalLanguage'],
  technology: ['stage', 'trl', 'ipr', 'cooperationTypes'],
  partner: ['partnerSought', 'sectors', 'keywords', 'isic', 'targetCountries', 'sdgs'],
  details: ['eoiDeadline', 'validUntil', 'contact'],
  attachments: ['file'],
  submit: [],
};
const ALL_FIELDS = Object.values(STEP_FIELDS).flat();

const ATTACHMENT_LIMIT_BYTES = 10 * 1024 * 1024;
const ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'];

function draftOf(profile: Profile): Draft {
  return {
    originalLanguage: profile.originalLanguage,
    title: profile.title,
    summary: profile.summary,
    description: profile.description,
    advantages: profile.advantages,
    specification: profile.specification,
    stage: profile.stage,
    trl: profile.trl,
    ipr: profile.ipr,
    partnerSought: profile.partnerSought,
    cooperationTypes: profile.cooperationTypes,
    sectors: profile.sectors,
    keywords: profile.keywords,
    isic: profile.isic,
    targetCountries: profile.targetCountries,
    sdgs: profile.sdgs,
    eoiDeadline: profile.eoiDeadline,
    validUntil: profile.validUntil,
    contact: profile.contact ?? {},
  };
}

function stepOfField(field: string): Step | null {
  const root = field.split(/[.[]/)[0] ?? field;
  for (const step of STEPS) if (STEP_FIELDS[step].includes(root)) return step;
  return null;
}

/** A list typed as comma-separated words; the words are handed up as an array, the typing kept as is. */
function ListField({
  label,
  hint,
  values,
  onChange,
  error,
  transform = (v: string) => v,
}: {
  label: string;
  hint?: string;
  values: string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
  transform?: (value: string) => string;
}) {
  const [text, setText] = useState(values.join(', '));
  return (
    <TextField
      label={label}
      hint={hint}
      value={text}
      error={error}
      onChange={(value) => {
        setText(value);
        const words = value
          .split(/[,，、;]/)
          .map((w) => transform(w.trim()))
          .filter(Boolean);
        onChange([...new Set(words)]);
      }}
    />
  );
}

function SaveStatus({
  state,
  savedAt,
  autosave,
}: {
  state: SaveState;
  savedAt: Date | null;
  autosave: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  let text: string;
  if (state === 'saving') text = t('editor.saving');
  else if (state === 'pending') text = autosave ? t('editor.unsaved') : t('editor.unsavedManual');
  else if (state === 'error') text = t('editor.saveFailed');
  else if (savedAt) text = t('editor.savedAt', { time: format.dateTime(savedAt) });
  else text = autosave ? t('editor.autosaveOn') : t('editor.autosaveOff');
  return (
    <p
      className={`save-status save-${state}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-state={state}
    >
      {state === 'saved' ? <CheckIcon size={16} /> : null} {text}
    </p>
  );
}

function AttachmentsStep({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const inputId = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (file.size > ATTACHMENT_LIMIT_BYTES) {
      setError(t('editor.attachmentTooLarge', { size: format.bytes(ATTACHMENT_LIMIT_BYTES) }));
      return;
    }
    if (file.type && !ATTACHMENT_TYPES.includes(file.type)) {
      setError(t('editor.attachmentWrongType'));
      return;
    }
    setFileName(file.name);
    setProgress(0);
    try {
      await uploadAttachment(profile.id, file, setProgress);
      await client.invalidateQueries({ queryKey: keys.profile(profile.id) });
    } catch (cause) {
      setError(isApiError(cause) ? (cause.fieldMessage('file') ?? cause.message) : t('errors.unexpected'));
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  };

  const remove = async (attachmentId: string) => {
    setError(null);
    try {
      await api(`/opportunities/${profile.id}/attachments/${attachmentId}`, { method: 'DELETE' });
      await client.invalidateQueries({ queryKey: keys.profile(profile.id) });
    } catch (cause) {
      setError(isApiError(cause) ? cause.message : t('errors.unexpected'));
    }
  };

  return (
    <div className="step-body">
      <p className="muted">{t('editor.attachmentsHint', { size: format.bytes(ATTACHMENT_LIMIT_BYTES) })}</p>
      <div className="field">
        <label htmlFor={inputId} className="field-label">
          {t('editor.addAttachment')}
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          className="input file-input"
          accept=".pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp"
          onChange={(e) => void onFile(e.target.files?.[0])}
          disabled={progress !== null}
          data-testid="attachment-input"
        />
      </div>
      {progress !== null ? (
        <div className="upload-progress" data-testid="upload-progress">
          <label htmlFor={`${inputId}-progress`}>{t('editor.uploading', { name: fileName ?? '' })}</label>
          <progress id={`${inputId}-progress`} max={100} value={Math.round(progress * 100)} />
          <span aria-hidden="true">{format.number(Math.round(progress * 100))}%</span>
        </div>
      ) : null}
      <FormAlert message={error} />
      {profile.attachments.length > 0 ? (
        <ul className="file-list" data-testid="attachment-list">
          {profile.attachments.map((a) => (
            <li key={a.id}>
              <FileIcon size={18} />
              <a href={`/api/v1/opportunities/${profile.id}/attachments/${a.id}`} download={a.fileName}>
                {a.fileName}
              </a>
              <span className="muted"> · {format.bytes(a.sizeBytes)}</span>
              <button type="button" className="link-button danger" onClick={() => void remove(a.id)}>
                {t('common.remove')}
                <span className="visually-hidden"> {a.fileName}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('editor.noAttachments')}</p>
      )}
    </div>
  );
}

function Editor({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const uiLanguage = useLanguage();
  const sectors = useSectorLabels();
  const settings = useSettings();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const stepParam = params.get('step');
  const step: Step = (STEPS as readonly string[]).includes(stepParam ?? '') ? (stepParam as Step) : 'texts';
  const initial = useMemo(() => draftOf(profile), [profile]);
  const [draft, setDraft] = useState<Draft>(initial);
  const [tab, setTab] = useState<Language>(profile.originalLanguage);
  const form = useFormErrors(ALL_FIELDS);
  const [submitting, setSubmitting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const published = profile.status === 'published';
  const autosave = useAutosave<Draft>({
    initial,
    current: draft,
    enabled: !published,
    send: async (changes) => {
      const updated = await api<Profile>(`/opportunities/${profile.id}`, { method: 'PATCH', body: changes });
      form.clear();
      client.setQueryData(keys.profile(profile.id), (old: Profile | undefined) =>
        old ? { ...updated, attachments: old.attachments } : updated,
      );
    },
    onError: form.fromError,
  });

  // Leaving with unsaved text asks first (the browser's own dialog).
  useEffect(() => {
    if (!autosave.dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [autosave.dirty]);

  const required = new Set<Language>([
    draft.originalLanguage,
    ...(settings.data?.publicationRequiredLanguages ?? ['en']),
  ]);
  const isOffer = OFFER_KINDS.includes(profile.kind);
  const detailField = isOffer ? 'advantages' : 'specification';
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    form.clearField(String(key));
  };
  const setText = (
    field: 'title' | 'summary' | 'description' | 'advantages' | 'specification',
    value: string,
  ) => {
    setDraft((d) => ({ ...d, [field]: { ...d[field], [tab]: value } }));
    form.clearField(`${field}.${tab}`);
  };
  const goTo = (next: Step) => {
    const search = new URLSearchParams(params);
    search.set('step', next);
    setParams(search, { replace: true });
    heading.current?.focus();
  };
  const stepHasError = (s: Step) => Object.keys(form.errors.fields).some((f) => stepOfField(f) === s);
  const langHasError = (l: Language) =>
    Object.keys(form.errors.fields).some((f) => f.endsWith(`.${l}`) && stepOfField(f) === 'texts');

  const missing: string[] = [];
  for (const l of required) {
    if (!draft.title[l]?.trim()) missing.push(t('editor.missingTitle', { language: vocab.language(l) }));
    if (!draft.summary[l]?.trim()) missing.push(t('editor.missingSummary', { language: vocab.language(l) }));
  }
  if (draft.sectors.length === 0) missing.push(t('editor.missingSectors'));

  const submit = async () => {
    setSubmitting(true);
    setNotice(null);
    try {
      if (published) {
        const updated = await api<Profile>(`/opportunities/${profile.id}`, { method: 'PATCH', body: draft });
        refreshAfterProfileChange(client, updated);
      } else {
        if (!(await autosave.flush())) return;
        const updated = await api<Profile>(`/opportunities/${profile.id}/submit`, { method: 'POST' });
        refreshAfterProfileChange(client, updated);
      }
      void navigate(`/opportunities/${profile.id}`);
    } catch (error) {
      form.fromError(error);
      if (isApiError(error)) {
        const first = error.fields.map((f) => stepOfField(f.field)).find((s): s is Step => s !== null);
        if (first && first !== 'submit') setNotice(t('editor.fixFields'));
      }
    } finally {
      setSubmitting(false);
    }
  };

  const stepIndex = STEPS.indexOf(step);
  const next = STEPS[stepIndex + 1];
  const previous = STEPS[stepIndex - 1];

  return (
    <div className="editor">
      <div className="editor-head">
        <div className="chips">
          <KindChip kind={profile.kind} />
          <StatusBadge status={profile.status} />
          <span className="muted">{localText(profile.organisation.name, uiLanguage)}</span>
        </div>
        <SaveStatus state={autosave.state} savedAt={autosave.savedAt} autosave={!published} />
      </div>
      {profile.status === 'returned' ? <FormAlert tone="info" message={t('editor.returnedHint')} /> : null}
      {published ? <FormAlert tone="info" message={t('editor.publishedHint')} /> : null}

      <nav aria-label={t('editor.stepsLabel')} className="stepper">
        <ol>
          {STEPS.map((s, index) => (
            <li key={s}>
              <button
                type="button"
                className={`step${s === step ? ' is-current' : ''}${stepHasError(s) ? ' has-error' : ''}`}
                aria-current={s === step ? 'step' : undefined}
                onClick={() => goTo(s)}
              >
                <span className="step-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span>{t(`editor.steps.${s}`)}</span>
                {stepHasError(s) ? (
                  <span className="visually-hidden"> ({t('editor.tabInvalid')})</span>
                ) : null}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <section className="form-card" aria-labelledby="step-title">
        <h2 id="step-title" ref={heading} tabIndex={-1}>
          {t(`editor.steps.${step}`)}
        </h2>
        <FormAlert message={notice ?? form.errors.general} />

        {step === 'texts' ? (
          <div className="step-body">
            <SelectField
              label={t('newProfile.originalLanguage')}
              hint={t('newProfile.originalLanguageHint')}
              value={draft.originalLanguage}
              onChange={(v) => isLanguage(v) && set('originalLanguage', v)}
              options={LANGUAGES.map((l) => ({
                value: l,
                label: languageOption(l, vocab.language(l)),
                lang: l,
              }))}
              error={form.field('originalLanguage')}
            />
            <p className="field-hint">{t('editor.languagesHint')}</p>
            <LanguageTabs
              label={t('editor.textLanguages')}
              languages={LANGUAGES}
              active={tab}
              onChange={setTab}
              filled={(l) => Boolean(draft.title[l] || draft.summary[l] || draft.description[l])}
              required={(l) => required.has(l)}
              invalid={langHasError}
            >
              <TextField
                label={t('editor.titleField')}
                value={draft.title[tab] ?? ''}
                onChange={(v) => setText('title', v)}
                maxLength={200}
                required={required.has(tab)}
                error={form.field(`title.${tab}`)}
                inputLang={tab}
                testId="title-input"
              />
              <TextArea
                label={t('editor.summaryField')}
                hint={t('editor.summaryHint')}
                value={draft.summary[tab] ?? ''}
                onChange={(v) => setText('summary', v)}
                maxLength={1500}
                rows={4}
                required={required.has(tab)}
                error={form.field(`summary.${tab}`)}
                inputLang={tab}
              />
              <TextArea
                label={t('editor.descriptionField')}
                value={draft.description[tab] ?? ''}
                onChange={(v) => setText('description', v)}
                maxLength={20000}
                rows={8}
                error={form.field(`description.${tab}`)}
                inputLang={tab}
              />
              <TextArea
                label={isOffer ? t('profile.advantages') : t('profile.specification')}
                hint={isOffer ? t('editor.advantagesHint') : t('editor.specificationHint')}
                value={draft[detailField][tab] ?? ''}
                onChange={(v) => setText(detailField, v)}
                maxLength={5000}
                rows={5}
                error={form.field(`${detailField}.${tab}`)}
                inputLang={tab}
              />
            </LanguageTabs>
          </div>
        ) : null}

        {step === 'technology' ? (
          <div className="step-body">
            <SelectField
              label={t('profile.stage')}
              value={draft.stage ?? ''}
              onChange={(v) =>
                set(
                  'stage',
                  (DEVELOPMENT_STAGES as readonly string[]).includes(v) ? (v as Draft['stage']) : null,
                )
              }
              placeholder={t('editor.notSpecified')}
              options={DEVELOPMENT_STAGES.map((s) => ({ value: s, label: vocab.stage(s) }))}
              error={form.field('stage')}
            />
            <SelectField
              label={t('profile.trl')}
              hint={isOffer ? t('editor.trlHintOffer') : t('editor.trlHintRequest')}
              value={draft.trl ? String(draft.trl) : ''}
              onChange={(v) => set('trl', v ? Number(v) : null)}
              placeholder={t('editor.notSpecified')}
              options={[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({
                value: String(n),
                label: t('profile.trlValue', { level: n }),
              }))}
              error={form.field('trl')}
            />
            <SelectField
              label={t('profile.ipr')}
              value={draft.ipr.status}
              onChange={(v) => set('ipr', { ...draft.ipr, status: v as Draft['ipr']['status'] })}
              options={IPR_STATUSES.map((s) => ({ value: s, label: vocab.ipr(s) }))}
              error={form.field('ipr.status')}
            />
            {draft.ipr.status === 'granted_patent' || draft.ipr.status === 'patent_application' ? (
              <ListField
                label={t('editor.patentNumbers')}
                hint={t('editor.patentNumbersHint')}
                values={draft.ipr.patentNumbers}
                onChange={(values) => set('ipr', { ...draft.ipr, patentNumbers: values })}
                error={
                  Object.entries(form.errors.fields).find(([f]) => f.startsWith('ipr.patentNumbers'))?.[1]
                }
              />
            ) : null}
            <CheckboxGroup
              legend={t('profile.cooperationTypes')}
              options={COOPERATION_TYPES.map((c) => ({ value: c, label: vocab.cooperation(c) }))}
              values={draft.cooperationTypes}
              onChange={(values) => set('cooperationTypes', values as Draft['cooperationTypes'])}
              error={form.field('cooperationTypes')}
              columns
            />
          </div>
        ) : null}

        {step === 'partner' ? (
          <div className="step-body">
            <fieldset
              className={`fieldset${form.field('sectors') ? ' field-invalid' : ''}`}
              data-testid="sector-picker"
            >
              <legend className="field-label">
                {t('profile.sectors')} <span className="required-mark">({t('form.required')})</span>
              </legend>
              <p className="field-hint">{t('editor.sectorsHint', { max: 5 })}</p>
              {draft.sectors.length > 0 ? (
                <p className="chips">
                  {draft.sectors.map((code) => (
                    <span key={code} className="chip chip-selected">
                      {sectors.label(code)}
                    </span>
                  ))}
                </p>
              ) : null}
              {sectors.groups.map((group) => {
                const chosen = group.children.filter((c) => draft.sectors.includes(c.code)).length;
                return (
                  <details key={group.code} className="sector-group" open={chosen > 0 || undefined}>
                    <summary>
                      {group.labels[uiLanguage] || group.labels.en}
                      {chosen > 0 ? <span className="count-pill">{chosen}</span> : null}
                    </summary>
                    <div className="checkbox-grid">
                      {group.children.map((child) => {
                        const checked = draft.sectors.includes(child.code);
                        return (
                          <label key={child.code} className="checkbox">
                            <input
                              type="checkbox"
                              checked={checked}
                              disabled={!checked && draft.sectors.length >= 5}
                              onChange={(e) =>
                                set(
                                  'sectors',
                                  e.target.checked
                                    ? [...draft.sectors, child.code]
                                    : draft.sectors.filter((c) => c !== child.code),
                                )
                              }
                            />
                            <span>{child.labels[uiLanguage] || child.labels.en}</span>
                          </label>
                        );
                      })}
                    </div>
                  </details>
                );
              })}
              {form.field('sectors') ? <p className="field-error">{form.field('sectors')}</p> : null}
            </fieldset>
            <ListField
              label={t('profile.keywords')}
              hint={t('editor.keywordsHint')}
              values={draft.keywords}
              onChange={(values) => set('keywords', values)}
              transform={(v) => v.toLowerCase()}
              error={Object.entries(form.errors.fields).find(([f]) => f.startsWith('keywords'))?.[1]}
            />
            <CheckboxGroup
              legend={t('editor.partnerKinds')}
              options={ORGANISATION_KINDS.map((k) => ({ value: k, label: vocab.organisationKind(k) }))}
              values={draft.partnerSought.kinds}
              onChange={(values) =>
                set('partnerSought', {
                  ...draft.partnerSought,
                  kinds: values as Draft['partnerSought']['kinds'],
                })
              }
              columns
            />
            <SelectField
              label={t('editor.partnerSize')}
              value={draft.partnerSought.size}
              onChange={(v) =>
                set('partnerSought', { ...draft.partnerSought, size: v as Draft['partnerSought']['size'] })
              }
              options={PARTNER_SIZES.map((s) => ({ value: s, label: vocab.partnerSize(s) }))}
            />
            <TextArea
              label={t('editor.partnerRole')}
              hint={t('editor.partnerRoleHint')}
              value={draft.partnerSought.role}
              onChange={(v) => set('partnerSought', { ...draft.partnerSought, role: v })}
              maxLength={1000}
              rows={3}
              error={form.field('partnerSought.role')}
            />
            <CheckboxGroup
              legend={t('profile.targetCountries')}
              options={COUNTRIES.map((c) => ({ value: c, label: vocab.country(c) }))}
              values={draft.targetCountries}
              onChange={(values) => set('targetCountries', values as Draft['targetCountries'])}
              columns
            />
            <CheckboxGroup
              legend={t('profile.sdgs')}
              hint={t('editor.sdgsHint')}
              options={SDG_NUMBERS.map((n) => ({ value: String(n), label: t('editor.sdg', { number: n }) }))}
              values={draft.sdgs.map(String)}
              onChange={(values) =>
                set(
                  'sdgs',
                  values.map(Number).sort((a, b) => a - b),
                )
              }
              columns
            />
          </div>
        ) : null}

        {step === 'details' ? (
          <div className="step-body">
            <TextField
              type="date"
              label={t('profile.eoiDeadline')}
              hint={t('editor.eoiDeadlineHint')}
              value={draft.eoiDeadline ?? ''}
              onChange={(v) => set('eoiDeadline', v || null)}
              error={form.field('eoiDeadline')}
            />
            <TextField
              type="date"
              label={t('profile.validUntil')}
              hint={t('editor.validUntilHint')}
              value={draft.validUntil ?? ''}
              onChange={(v) => set('validUntil', v || null)}
              error={form.field('validUntil')}
            />
            <fieldset className="fieldset">
              <legend className="field-label">{t('profile.contact')}</legend>
              <p className="field-hint">{t('editor.contactHint')}</p>
              <TextField
                label={t('editor.contactName')}
                value={draft.contact.name ?? ''}
                onChange={(v) => set('contact', { ...draft.contact, name: v })}
                autoComplete="name"
                error={form.field('contact.name')}
              />
              <TextField
                type="email"
                label={t('auth.email')}
                value={draft.contact.email ?? ''}
                onChange={(v) => set('contact', { ...draft.contact, email: v })}
                autoComplete="email"
                error={form.field('contact.email')}
              />
              <TextField
                type="tel"
                label={t('editor.contactPhone')}
                value={draft.contact.phone ?? ''}
                onChange={(v) => set('contact', { ...draft.contact, phone: v })}
                autoComplete="tel"
                error={form.field('contact.phone')}
              />
            </fieldset>
          </div>
        ) : null}

        {step === 'attachments' ? <AttachmentsStep profile={profile} /> : null}

        {step === 'submit' ? (
          <div className="step-body">
            {missing.length > 0 ? (
              <div className="alert alert-warning" data-testid="missing-list">
                <p>{t('editor.missingIntro')}</p>
                <ul>
                  {missing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="alert alert-success">{t('editor.readyToSubmit')}</p>
            )}
            {Object.keys(form.errors.fields).length > 0 ? (
              <ul className="error-summary">
                {Object.entries(form.errors.fields).map(([field, message]) => {
                  const target = stepOfField(field);
                  return (
                    <li key={field}>
                      {target ? (
                        <button type="button" className="link-button" onClick={() => goTo(target)}>
                          {t(`editor.steps.${target}`)}
                        </button>
                      ) : null}{' '}
                      <code>{field}</code>: {message}
                    </li>
                  );
                })}
              </ul>
            ) : null}
            <p className="muted">{published ? t('editor.resubmitHint') : t('editor.submitHint')}</p>
            <div className="actions">
              <button
                type="button"
                className="button button-primary"
                onClick={() => void submit()}
                disabled={submitting}
                data-testid="submit-profile"
              >
                {submitting
                  ? t('common.working')
                  : published
                    ? t('editor.saveAndResubmit')
                    : t('owner.submit')}
              </button>
              <Link to={`/opportunities/${profile.id}`} className="button">
                {t('editor.preview')}
              </Link>
            </div>
          </div>
        ) : null}

        <div className="step-nav">
          {previous ? (
            <button type="button" className="button" onClick={() => goTo(previous)}>
              {t('editor.back')}
            </button>
          ) : (
            <span />
          )}
          {next ? (
            <button type="button" className="button button-primary" onClick={() => goTo(next)}>
              {t('editor.nextStep', { step: t(`editor.steps.${next}`) })}
            </button>
          ) : null}
        </div>
      </section>
    </div>
  );
}

export function ProfileEditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  usePageTitle(t('editor.pageTitle'));
  return (
    <div className="container page">
      <h1 className="page-title-small">{t('editor.pageTitle')}</h1>
      <RequireUser verified>{() => <EditorLoader id={id} />}</RequireUser>
    </div>
  );
}

function EditorLoader({ id }: { id: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const profile = useProfile(id);
  // The draft is taken from the server once; later refetches must not overwrite what is being typed.
  const [loaded, setLoaded] = useState<Profile | null>(null);
  useEffect(() => {
    if (profile.data && !loaded) setLoaded(profile.data);
  }, [profile.data, loaded]);
  if (profile.isPending) return <Loading />;
  if (profile.isError) {
    if (isApiError(profile.error) && profile.error.status === 404) return <NotFoundContent />;
    return <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  if (!profileAccess(user, profile.data).writer) return <NotAllowed message={t('editor.notAllowed')} />;
  if (!['draft', 'returned', 'published'].includes(profile.data.status)) {
    return (
      <div className="state state-empty">
        <p className="state-title">
          {t('editor.notEditable', { status: t(`vocab.status.${profile.data.status}`) })}
        </p>
        <Link to={`/opportunities/${id}`} className="button">
          {t('editor.preview')}
        </Link>
      </div>
    );
  }
  if (!loaded) return <Loading />;
  // The editor reads attachments live from the cache, the texts from the snapshot it started with.
  return (
    <Editor profile={{ ...loaded, attachments: profile.data.attachments, status: profile.data.status }} />
  );
}
