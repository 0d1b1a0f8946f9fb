import { type FormEvent, useState } from 'react';
import {
  type CorridorEvent,
  EVENT_KINDS,
  type EventInput,
  type EventKind,
  VENUE_MODES,
  type VenueMode,
} from '../../api/events';
import type { Membership } from '../../api/types';
import {
  CheckboxGroup,
  FormAlert,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  useFormErrors,
} from '../../components/Form';
import { LanguageTabs } from '../../components/LanguageTabs';
import { COUNTRIES, type Country, LANGUAGES, type Language } from '../../domain';
import { localText, useLanguage } from '../../i18n/format';
import { isLanguage, languageOption } from '../../i18n/languages';
import { useVocab } from '../../i18n/vocab';
import { CheckboxField, InputField } from './components';
import { useEventsT } from './i18n';
import { toLocalInput } from './time';

/** The corridor's zones, offered first; any other IANA zone may be typed. */
export const CORRIDOR_TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Vientiane',
  'Asia/Bangkok',
  'Asia/Phnom_Penh',
  'Asia/Yangon',
  'Asia/Ho_Chi_Minh',
] as const;

/** What the form edits: the event's fields as text, as inputs hold them. */
interface Draft {
  organiserIds: string[];
  kind: EventKind;
  originalLanguage: Language;
  title: Partial<Record<Language, string>>;
  description: Partial<Record<Language, string>>;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  venueMode: VenueMode;
  venueName: string;
  venueAddress: string;
  city: string;
  country: string;
  onlineUrl: string;
  meetingRoomBaseUrl: string;
  capacity: string;
  requiresApproval: boolean;
  registrationDeadline: string;
  maxMeetingsPerParticipant: string;
  requestExpiryHours: string;
  tableCount: string;
  tableLabels: string;
}

const FIELDS = [
  'organiserIds',
  'kind',
  'originalLanguage',
  'title',
  'description',
  'timeZone',
  'startsAt',
  'endsAt',
  'venueMode',
  'venueName',
  'venueAddress',
  'city',
  'country',
  'onlineUrl',
  'meetingRoomBaseUrl',
  'capacity',
  'requiresApproval',
  'registrationDeadline',
  'maxMeetingsPerParticipant',
  'requestExpiryHours',
  'tableCount',
  'tableLabels',
];

function draftOf(event: CorridorEvent | null, organiserIds: string[], language: Language): Draft {
  if (!event) {
    return {
      organiserIds,
      kind: 'brokerage_event',
      originalLanguage: language,
      title: {},
      description: {},
      timeZone: 'Asia/Bangkok',
      startsAt: '',
      endsAt: '',
      venueMode: 'venue',
      venueName: '',
      venueAddress: '',
      city: '',
      country: '',
      onlineUrl: '',
      meetingRoomBaseUrl: '',
      capacity: '',
      requiresApproval: true,
      registrationDeadline: '',
      maxMeetingsPerParticipant: '12',
      requestExpiryHours: '72',
      tableCount: '10',
      tableLabels: '',
    };
  }
  return {
    organiserIds,
    kind: event.kind,
    originalLanguage: event.originalLanguage,
    title: event.title,
    description: event.description,
    timeZone: event.timeZone,
    startsAt: toLocalInput(event.startsAt),
    endsAt: toLocalInput(event.endsAt),
    venueMode: event.venue.mode,
    venueName: event.venue.name,
    venueAddress: event.venue.address,
    city: event.venue.city,
    country: event.venue.country ?? '',
    onlineUrl: event.venue.onlineUrl ?? '',
    meetingRoomBaseUrl: event.meetings.roomBaseUrl ?? '',
    capacity: event.registration.capacity === null ? '' : String(event.registration.capacity),
    requiresApproval: event.registration.requiresApproval,
    registrationDeadline: toLocalInput(event.registration.deadline),
    maxMeetingsPerParticipant: String(event.meetings.maxPerParticipant),
    requestExpiryHours: String(event.meetings.requestExpiryHours),
    tableCount: String(event.meetings.tableCount),
    tableLabels: event.meetings.tableLabels.join(', '),
  };
}

/** Drops empty language versions: the API keeps only the texts that are written. */
function written(text: Partial<Record<Language, string>>): Partial<Record<Language, string>> {
  return Object.fromEntries(Object.entries(text).filter(([, value]) => value?.trim()));
}

function toInput(draft: Draft): EventInput {
  const int = (value: string, fallback: number) => (value.trim() === '' ? fallback : Number(value));
  return {
    kind: draft.kind,
    originalLanguage: draft.originalLanguage,
    title: written(draft.title),
    description: written(draft.description),
    timeZone: draft.timeZone.trim(),
    startsAt: draft.startsAt,
    endsAt: draft.endsAt,
    venueMode: draft.venueMode,
    venueName: draft.venueName,
    venueAddress: draft.venueAddress,
    city: draft.city,
    country:
      draft.venueMode === 'online' && !draft.country ? null : ((draft.country || null) as Country | null),
    onlineUrl: draft.onlineUrl.trim() || null,
    ...(draft.meetingRoomBaseUrl.trim() ? { meetingRoomBaseUrl: draft.meetingRoomBaseUrl.trim() } : {}),
    capacity: draft.capacity.trim() === '' ? null : Number(draft.capacity),
    requiresApproval: draft.requiresApproval,
    registrationDeadline: draft.registrationDeadline || null,
    maxMeetingsPerParticipant: int(draft.maxMeetingsPerParticipant, 12),
    requestExpiryHours: int(draft.requestExpiryHours, 72),
    tableCount: int(draft.tableCount, 10),
    tableLabels: draft.tableLabels
      .split(/[,，、;]/)
      .map((label) => label.trim())
      .filter(Boolean),
  };
}

/**
 * Creating or editing an event: kind, texts with a tab per language (the original is required), the
 * time zone every time is read in, venue, registration rules and the meeting set-up.
 */
export function EventForm({
  event,
  organisations,
  onSubmit,
}: {
  event: CorridorEvent | null;
  /** Organisations the person may name as organiser (creation only). */
  organisations: Membership[];
  onSubmit: (input: EventInput, organiserIds: string[]) => Promise<void>;
}) {
  const t = useEventsT();
  const vocab = useVocab();
  const language = useLanguage();
  const [draft, setDraft] = useState<Draft>(() =>
    draftOf(event, organisations[0] ? [organisations[0].organisationId] : [], language),
  );
  const [tab, setTab] = useState<Language>(draft.originalLanguage);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors(FIELDS);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(false);
    form.clearField(String(key));
  };
  const setText = (field: 'title' | 'description', value: string) => {
    setDraft((d) => ({ ...d, [field]: { ...d[field], [tab]: value } }));
    setSaved(false);
    form.clearField(`${field}.${tab}`);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setSaved(false);
    try {
      await onSubmit(toInput(draft), draft.organiserIds);
      form.clear();
      setSaved(true);
    } catch (error) {
      form.fromError(error);
    } finally {
      setPending(false);
    }
  };
  const langHasError = (l: Language) => Object.keys(form.errors.fields).some((f) => f.endsWith(`.${l}`));
  const labelsError = Object.entries(form.errors.fields).find(([f]) => f.startsWith('tableLabels'))?.[1];
  return (
    <form className="form-card stack" onSubmit={(e) => void submit(e)} noValidate data-testid="event-form">
      <FormAlert message={form.errors.general} />
      {event === null ? (
        <CheckboxGroup
          legend={t('form.organiser')}
          hint={t('form.organiserHint')}
          options={organisations.map((m) => ({
            value: m.organisationId,
            label: localText(m.name, language),
          }))}
          values={draft.organiserIds}
          onChange={(values) => set('organiserIds', values)}
          error={Object.entries(form.errors.fields).find(([f]) => f.startsWith('organiserIds'))?.[1]}
          max={10}
        />
      ) : null}
      <div className="form-grid">
        <SelectField
          label={t('form.kind')}
          hint={t(`kindHint.${draft.kind}`)}
          value={draft.kind}
          onChange={(v) => set('kind', v as EventKind)}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          error={form.field('kind')}
        />
        <SelectField
          label={t('form.originalLanguage')}
          value={draft.originalLanguage}
          onChange={(v) => {
            if (!isLanguage(v)) return;
            set('originalLanguage', v);
            setTab(v);
          }}
          options={LANGUAGES.map((l) => ({ value: l, label: languageOption(l, vocab.language(l)), lang: l }))}
          error={form.field('originalLanguage')}
        />
      </div>
      <fieldset className="plain-fieldset">
        <legend className="field-label">{t('form.texts')}</legend>
        <p className="field-hint">{t('form.textsHint')}</p>
        <LanguageTabs
          label={t('form.texts')}
          languages={LANGUAGES}
          active={tab}
          onChange={setTab}
          filled={(l) => Boolean(draft.title[l] || draft.description[l])}
          required={(l) => l === draft.originalLanguage}
          invalid={langHasError}
        >
          <TextField
            label={t('form.eventTitle')}
            value={draft.title[tab] ?? ''}
            onChange={(v) => setText('title', v)}
            maxLength={200}
            required={tab === draft.originalLanguage}
            error={form.field(`title.${tab}`)}
            inputLang={tab}
            testId="event-title-input"
          />
          <TextArea
            label={t('form.description')}
            value={draft.description[tab] ?? ''}
            onChange={(v) => setText('description', v)}
            maxLength={20000}
            rows={6}
            error={form.field(`description.${tab}`)}
            inputLang={tab}
          />
        </LanguageTabs>
      </fieldset>
      <div className="form-grid">
        <InputField
          type="text"
          label={t('form.timeZone')}
          hint={t('form.timeZoneHint')}
          value={draft.timeZone}
          onChange={(v) => set('timeZone', v)}
          error={form.field('timeZone')}
          list="corridor-time-zones"
          required
          testId="time-zone-input"
        />
        <datalist id="corridor-time-zones">
          {CORRIDOR_TIME_ZONES.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <InputField
          type="datetime-local"
          label={t('form.startsAt')}
          value={draft.startsAt}
          onChange={(v) => set('startsAt', v)}
          error={form.field('startsAt')}
          required
          testId="starts-at-input"
        />
        <InputField
          type="datetime-local"
          label={t('form.endsAt')}
          value={draft.endsAt}
          onChange={(v) => set('endsAt', v)}
          error={form.field('endsAt')}
          required
          testId="ends-at-input"
        />
      </div>
      <div className="form-grid">
        <SelectField
          label={t('form.venueMode')}
          value={draft.venueMode}
          onChange={(v) => set('venueMode', v as VenueMode)}
          options={VENUE_MODES.map((m) => ({ value: m, label: t(`venueMode.${m}`) }))}
          error={form.field('venueMode')}
        />
        {draft.venueMode !== 'online' ? (
          <>
            <TextField
              label={t('form.venueName')}
              value={draft.venueName}
              onChange={(v) => set('venueName', v)}
              maxLength={200}
              error={form.field('venueName')}
            />
            <TextField
              label={t('form.venueAddress')}
              value={draft.venueAddress}
              onChange={(v) => set('venueAddress', v)}
              maxLength={500}
              error={form.field('venueAddress')}
            />
            <TextField
              label={t('form.city')}
              value={draft.city}
              onChange={(v) => set('city', v)}
              maxLength={120}
              error={form.field('city')}
            />
          </>
        ) : null}
        <SelectField
          label={t('form.country')}
          value={draft.country}
          onChange={(v) => set('country', v)}
          placeholder="—"
          options={COUNTRIES.map((c) => ({ value: c, label: vocab.country(c) }))}
          error={form.field('country')}
          required={draft.venueMode !== 'online'}
        />
        {draft.venueMode !== 'venue' ? (
          <InputField
            type="url"
            label={t('form.onlineUrl')}
            value={draft.onlineUrl}
            onChange={(v) => set('onlineUrl', v)}
            error={form.field('onlineUrl')}
          />
        ) : null}
      </div>
      <fieldset className="plain-fieldset">
        <legend className="field-label">{t('form.registrationSection')}</legend>
        <div className="form-grid">
          <InputField
            type="number"
            label={t('form.capacity')}
            value={draft.capacity}
            onChange={(v) => set('capacity', v)}
            min="1"
            error={form.field('capacity')}
          />
          <InputField
            type="datetime-local"
            label={t('form.registrationDeadline')}
            value={draft.registrationDeadline}
            onChange={(v) => set('registrationDeadline', v)}
            error={form.field('registrationDeadline')}
          />
        </div>
        <CheckboxField
          label={t('form.requiresApproval')}
          checked={draft.requiresApproval}
          onChange={(v) => set('requiresApproval', v)}
        />
      </fieldset>
      <fieldset className="plain-fieldset">
        <legend className="field-label">{t('form.meetingsSection')}</legend>
        <div className="form-grid">
          <InputField
            type="number"
            label={t('form.maxMeetings')}
            value={draft.maxMeetingsPerParticipant}
            onChange={(v) => set('maxMeetingsPerParticipant', v)}
            min="1"
            max="200"
            error={form.field('maxMeetingsPerParticipant')}
          />
          <InputField
            type="number"
            label={t('form.requestExpiryHours')}
            value={draft.requestExpiryHours}
            onChange={(v) => set('requestExpiryHours', v)}
            min="1"
            error={form.field('requestExpiryHours')}
          />
          <InputField
            type="number"
            label={t('form.tableCount')}
            value={draft.tableCount}
            onChange={(v) => set('tableCount', v)}
            min="1"
            max="1000"
            error={form.field('tableCount')}
            testId="table-count-input"
          />
          <InputField
            type="text"
            label={t('form.tableLabels')}
            hint={t('form.tableLabelsHint')}
            value={draft.tableLabels}
            onChange={(v) => set('tableLabels', v)}
            error={labelsError}
            testId="table-labels-input"
          />
        </div>
        {draft.venueMode !== 'venue' ? (
          <InputField
            type="url"
            label={t('form.meetingRoomBaseUrl')}
            hint={t('form.meetingRoomBaseUrlHint')}
            value={draft.meetingRoomBaseUrl}
            onChange={(v) => set('meetingRoomBaseUrl', v)}
            error={form.field('meetingRoomBaseUrl')}
          />
        ) : null}
      </fieldset>
      <FormAlert tone="success" message={saved && event ? t('form.saved') : null} />
      <div className="actions">
        <SubmitButton pending={pending} testId="event-form-submit">
          {event ? t('form.save') : t('form.create')}
        </SubmitButton>
      </div>
    </form>
  );
}
