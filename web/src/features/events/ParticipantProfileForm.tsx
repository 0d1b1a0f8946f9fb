import { type ReactNode, useState } from 'react';
import { ATTENDANCE_MODES, type AttendanceMode, type ParticipantProfileInput } from '../../api/events';
import { useProfiles } from '../../api/queries';
import {
  CheckboxGroup,
  FormAlert,
  SelectField,
  SubmitButton,
  TextField,
  useFormErrors,
} from '../../components/Form';
import { MultilingualField } from '../../components/MultilingualField';
import { LANGUAGES, type Language } from '../../domain';
import { localText, useLanguage } from '../../i18n/format';
import { isLanguage, languageOption } from '../../i18n/languages';
import { useSectorLabels, useVocab } from '../../i18n/vocab';
import { useEventsT } from './i18n';

const FIELDS = [
  'organisationId',
  'attendanceMode',
  'language',
  'offer',
  'seek',
  'profileIds',
  'sectors',
  'keywords',
  'delegateUserIds',
];

/** The organisation's published opportunities, to link to the participant profile. */
function LinkedProfiles({
  organisationId,
  values,
  onChange,
  error,
}: {
  organisationId: string;
  values: string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
}) {
  const t = useEventsT();
  const language = useLanguage();
  const profiles = useProfiles({ organisationId, limit: '50' }, { enabled: organisationId !== '' });
  const items = profiles.data?.pages.flatMap((p) => p.items).filter((p) => p.status === 'published') ?? [];
  if (items.length === 0) {
    return (
      <div className="field">
        <p className="field-label">{t('profile.linkedProfiles')}</p>
        <p className="field-hint">{t('profile.noProfiles')}</p>
      </div>
    );
  }
  return (
    <CheckboxGroup
      legend={t('profile.linkedProfiles')}
      options={items.map((p) => ({ value: p.id, label: localText(p.title, language) }))}
      values={values}
      onChange={onChange}
      error={error}
      max={10}
    />
  );
}

/**
 * The participant profile of a registration: how and in which language the participant takes part,
 * what it offers and seeks (in any of the seven languages), linked opportunities, sectors, keywords.
 * `before` renders fields of the registration itself (organisation, delegation) at the top.
 */
export function ParticipantProfileForm({
  initial,
  organisationId,
  submitLabel,
  onSubmit,
  before,
  testId,
}: {
  initial: ParticipantProfileInput;
  organisationId: string;
  submitLabel: string;
  onSubmit: (input: ParticipantProfileInput) => Promise<string | null>;
  before?: ReactNode;
  testId?: string;
}) {
  const t = useEventsT();
  const vocab = useVocab();
  const sectors = useSectorLabels();
  const [draft, setDraft] = useState<ParticipantProfileInput>(initial);
  const [keywords, setKeywords] = useState(initial.keywords.join(', '));
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);
  const set = <K extends keyof ParticipantProfileInput>(key: K, value: ParticipantProfileInput[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setDone(null);
    form.clearField(String(key));
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setPending(true);
    setDone(null);
    try {
      const message = await onSubmit({
        ...draft,
        keywords: [
          ...new Set(
            keywords
              .split(/[,，、;]/)
              .map((k) => k.trim().toLowerCase())
              .filter((k) => k.length >= 2),
          ),
        ],
      });
      form.clear();
      setDone(message);
    } catch (error) {
      form.fromError(error);
    } finally {
      setPending(false);
    }
  };
  const fieldError = (prefix: string) =>
    Object.entries(form.errors.fields).find(([f]) => f === prefix || f.startsWith(`${prefix}[`))?.[1];
  return (
    <form className="form-card stack" onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      <FormAlert message={form.errors.general} />
      {before}
      <div className="form-grid">
        <SelectField
          label={t('register.attendanceMode')}
          value={draft.attendanceMode}
          onChange={(v) => set('attendanceMode', v as AttendanceMode)}
          options={ATTENDANCE_MODES.map((m) => ({ value: m, label: t(`attendance.${m}`) }))}
          error={form.field('attendanceMode')}
        />
        <SelectField
          label={t('register.language')}
          value={draft.language}
          onChange={(v) => isLanguage(v) && set('language', v as Language)}
          options={LANGUAGES.map((l) => ({ value: l, label: languageOption(l, vocab.language(l)), lang: l }))}
          error={form.field('language')}
        />
      </div>
      <p className="field-hint">{t('profile.hint')}</p>
      <MultilingualField
        label={t('profile.offer')}
        value={draft.offer}
        onChange={(v) => set('offer', v)}
        errors={form.errors.fields}
        field="offer"
        multiline
        maxLength={2000}
        initialLanguage={draft.language}
      />
      <MultilingualField
        label={t('profile.seek')}
        value={draft.seek}
        onChange={(v) => set('seek', v)}
        errors={form.errors.fields}
        field="seek"
        multiline
        maxLength={2000}
        initialLanguage={draft.language}
      />
      <LinkedProfiles
        organisationId={organisationId}
        values={draft.profileIds}
        onChange={(v) => set('profileIds', v)}
        error={fieldError('profileIds')}
      />
      <fieldset className="fieldset">
        <legend className="field-label">{t('profile.sectors')}</legend>
        {sectors.groups.map((group) => {
          const chosen = group.children.filter((c) => draft.sectors.includes(c.code)).length;
          return (
            <details key={group.code} className="sector-group" open={chosen > 0 || undefined}>
              <summary>
                {sectors.label(group.code)}
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
                        disabled={!checked && draft.sectors.length >= 10}
                        onChange={(e) =>
                          set(
                            'sectors',
                            e.target.checked
                              ? [...draft.sectors, child.code]
                              : draft.sectors.filter((c) => c !== child.code),
                          )
                        }
                      />
                      <span>{sectors.label(child.code)}</span>
                    </label>
                  );
                })}
              </div>
            </details>
          );
        })}
        {fieldError('sectors') ? <p className="field-error">{fieldError('sectors')}</p> : null}
      </fieldset>
      <TextField
        label={t('profile.keywords')}
        value={keywords}
        onChange={(v) => {
          setKeywords(v);
          setDone(null);
        }}
        error={fieldError('keywords')}
      />
      <FormAlert tone="success" message={done} />
      <div className="actions">
        <SubmitButton pending={pending} testId={testId ? `${testId}-submit` : undefined}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
