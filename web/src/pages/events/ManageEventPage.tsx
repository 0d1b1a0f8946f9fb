import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { type CorridorEvent, eventKeys, eventsApi, type SlotBlockInput } from '../../api/events';
import type { User } from '../../api/types';
import {
  FormAlert,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  useFormErrors,
} from '../../components/Form';
import { MultilingualField } from '../../components/MultilingualField';
import type { MultilingualText } from '../../domain';
import { InputField, LocalText, OrganiserPage, useErrorMessage } from '../../features/events/components';
import { EventForm } from '../../features/events/EventForm';
import { useEventsT } from '../../features/events/i18n';
import { TimeSpan, toLocalInput, useTimeText } from '../../features/events/time';
import { localText, useFormat, useLanguage } from '../../i18n/format';

const TABS = ['details', 'programme', 'slots', 'publish'] as const;
type Tab = (typeof TABS)[number];

function useRefreshEvent(id: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: eventKeys.event(id) });
    void client.invalidateQueries({ queryKey: ['events'] });
  };
}

/**
 * The organising organisations: add one you write for (its consent), remove any but the last. Removing
 * your own organisation hands the event to the others; you leave the console.
 */
function Organisers({ event, user }: { event: CorridorEvent; user: User }) {
  const t = useEventsT();
  const language = useLanguage();
  const client = useQueryClient();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const organiserIds = new Set(event.organisers.map((o) => o.id));
  const writes = (organisationId: string) =>
    user.memberships.some(
      (m) => m.organisationId === organisationId && (m.role === 'admin' || m.role === 'editor'),
    );
  const candidates = user.memberships.filter(
    (m) => writes(m.organisationId) && !organiserIds.has(m.organisationId),
  );
  const [choice, setChoice] = useState('');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const editable = event.status !== 'cancelled';
  const change = async (action: () => Promise<CorridorEvent | undefined>, done: string) => {
    setPending(true);
    setMessage(null);
    try {
      const updated = await action();
      void client.invalidateQueries({ queryKey: ['events'] });
      if (!updated) {
        // Our own organisation stepped down and the draft is no longer ours to see.
        client.removeQueries({ queryKey: eventKeys.event(event.id) });
        void navigate('/events');
        return;
      }
      client.setQueryData(eventKeys.event(event.id), updated);
      if (!updated.viewer.organiser) {
        // We stepped down from a published event: back to its public page.
        void navigate(`/events/${event.id}`);
        return;
      }
      setChoice('');
      setMessage({ tone: 'success', text: done });
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(error) });
    } finally {
      setPending(false);
    }
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    const chosen = candidates.find((m) => m.organisationId === choice);
    if (!chosen) return;
    void change(
      () => eventsApi.addOrganiser(event.id, chosen.organisationId),
      t('organisers.added', { organisation: localText(chosen.name, language) }),
    );
  };
  const last = event.organisers.length <= 1;
  return (
    <section className="form-card stack" aria-labelledby="organisers-title" data-testid="organisers">
      <h2 id="organisers-title">{t('organisers.title')}</h2>
      <p className="field-hint">{t('organisers.hint')}</p>
      <FormAlert tone={message?.tone} message={message?.text} />
      <ul className="event-list" data-testid="organiser-list">
        {event.organisers.map((organiser) => {
          const name = localText(organiser.name, language);
          return (
            <li key={organiser.id} data-testid="organiser-item">
              <div className="event-list-head">
                <LocalText text={organiser.name} as="p" className="event-list-title" />
                {editable ? (
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    disabled={pending || last}
                    onClick={() => {
                      // Warn only when this removal would leave none of your organisations organising.
                      const stepsDown =
                        user.platformRole !== 'administrator' &&
                        event.organisers.every((o) => o.id === organiser.id || !writes(o.id)) &&
                        writes(organiser.id);
                      if (
                        stepsDown &&
                        !window.confirm(t('organisers.removeOwnConfirm', { organisation: name }))
                      )
                        return;
                      void change(
                        () => eventsApi.removeOrganiser(event.id, organiser.id),
                        t('organisers.removed', { organisation: name }),
                      );
                    }}
                    aria-label={t('organisers.removeLabel', { organisation: name })}
                    data-testid="remove-organiser"
                  >
                    {t('organisers.remove')}
                  </button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {last ? <p className="muted">{t('organisers.lastOne')}</p> : null}
      {editable ? (
        candidates.length === 0 ? (
          <p className="muted">{t('organisers.noCandidates')}</p>
        ) : (
          <form className="stack" onSubmit={add} noValidate data-testid="add-organiser-form">
            <SelectField
              label={t('organisers.add')}
              hint={t('organisers.addHint')}
              value={choice}
              onChange={setChoice}
              placeholder={t('organisers.choose')}
              options={candidates.map((m) => ({
                value: m.organisationId,
                label: localText(m.name, language),
              }))}
            />
            <div className="actions">
              <SubmitButton pending={pending} testId="add-organiser">
                {t('organisers.addButton')}
              </SubmitButton>
            </div>
          </form>
        )
      ) : null}
    </section>
  );
}

function Details({ event, user }: { event: CorridorEvent; user: User }) {
  const client = useQueryClient();
  return (
    <div className="stack">
      <Organisers event={event} user={user} />
      <EventForm
        event={event}
        organisations={[]}
        onSubmit={async (input) => {
          const updated = await eventsApi.update(event.id, input);
          client.setQueryData(eventKeys.event(event.id), updated);
          void client.invalidateQueries({ queryKey: ['events'] });
        }}
      />
    </div>
  );
}

/** The day part of the event's start, for new sessions and slot blocks. */
function eventDay(event: CorridorEvent): string {
  return toLocalInput(event.startsAt).slice(0, 10);
}

function Programme({ event }: { event: CorridorEvent }) {
  const t = useEventsT();
  const refresh = useRefreshEvent(event.id);
  const errorMessage = useErrorMessage();
  const day = eventDay(event);
  const [title, setTitle] = useState<MultilingualText>({});
  const [location, setLocation] = useState('');
  const [description, setDescription] = useState('');
  const [startsAt, setStartsAt] = useState(`${day}T09:00`);
  const [endsAt, setEndsAt] = useState(`${day}T10:00`);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const form = useFormErrors(['title', 'description', 'location', 'startsAt', 'endsAt']);
  const sessions = event.sessions ?? [];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setDone(null);
    try {
      await eventsApi.addSession(event.id, {
        title,
        location,
        startsAt,
        endsAt,
        description: description.trim() ? { [event.originalLanguage]: description } : {},
      });
      form.clear();
      setTitle({});
      setLocation('');
      setDescription('');
      setDone(t('sessions.added'));
      refresh();
    } catch (error) {
      form.fromError(error);
    } finally {
      setPending(false);
    }
  };
  const remove = async (sessionId: string) => {
    setRemoveError(null);
    try {
      await eventsApi.removeSession(event.id, sessionId);
      refresh();
    } catch (error) {
      setRemoveError(errorMessage(error));
    }
  };
  return (
    <div className="stack">
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('sessions.title')}</h2>
        <FormAlert message={removeError} />
        {sessions.length === 0 ? (
          <p className="muted">{t('sessions.none')}</p>
        ) : (
          <ul className="event-list" data-testid="session-list">
            {sessions.map((session) => (
              <li key={session.id}>
                <div className="event-list-head">
                  <LocalText text={session.title} as="p" className="event-list-title" />
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    onClick={() => void remove(session.id)}
                    aria-label={t('sessions.removeLabel', {
                      title: Object.values(session.title)[0] ?? '',
                    })}
                  >
                    {t('sessions.remove')}
                  </button>
                </div>
                <TimeSpan start={session.startsAt} end={session.endsAt} zone={event.timeZone} />
                {session.location ? <p className="muted">{session.location}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <form
        className="form-card stack"
        onSubmit={(e) => void submit(e)}
        noValidate
        data-testid="session-form"
      >
        <h3>{t('sessions.add')}</h3>
        <FormAlert message={form.errors.general} />
        <FormAlert tone="success" message={done} />
        <MultilingualField
          label={t('sessions.sessionTitle')}
          value={title}
          onChange={setTitle}
          errors={form.errors.fields}
          field="title"
          maxLength={200}
          required={(l) => l === event.originalLanguage}
          initialLanguage={event.originalLanguage}
        />
        <div className="form-grid">
          <TextField
            label={t('sessions.location')}
            value={location}
            onChange={setLocation}
            maxLength={200}
            error={form.field('location')}
          />
          <InputField
            type="datetime-local"
            label={t('sessions.startsAt')}
            value={startsAt}
            onChange={setStartsAt}
            error={form.field('startsAt')}
            required
            testId="session-starts-at"
          />
          <InputField
            type="datetime-local"
            label={t('sessions.endsAt')}
            value={endsAt}
            onChange={setEndsAt}
            error={form.field('endsAt')}
            required
            testId="session-ends-at"
          />
        </div>
        <TextArea
          label={t('form.description')}
          value={description}
          onChange={setDescription}
          maxLength={5000}
          rows={3}
          inputLang={event.originalLanguage}
        />
        <div className="actions">
          <SubmitButton pending={pending} testId="add-session">
            {t('sessions.add')}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}

interface BlockDraft {
  startsAt: string;
  endsAt: string;
  meetingMinutes: string;
  breakMinutes: string;
}

/** The blocks the current slots were most likely made from: one per day, same length and pause. */
function blocksOf(event: CorridorEvent): BlockDraft[] {
  const slots = event.slots ?? [];
  if (slots.length === 0) {
    const day = eventDay(event);
    return [{ startsAt: `${day}T09:00`, endsAt: `${day}T12:00`, meetingMinutes: '20', breakMinutes: '5' }];
  }
  const minutes = (a: string, b: string) =>
    Math.round((new Date(b).getTime() - new Date(a).getTime()) / 60_000);
  const byDay = new Map<string, typeof slots>();
  for (const slot of slots) {
    const day = slot.startsAt.local.slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), slot]);
  }
  return [...byDay.values()].flatMap((daySlots) => {
    const first = daySlots[0];
    const last = daySlots[daySlots.length - 1];
    const second = daySlots[1];
    if (!first || !last) return [];
    return [
      {
        startsAt: toLocalInput(first.startsAt),
        endsAt: toLocalInput(last.endsAt),
        meetingMinutes: String(minutes(first.startsAt.utc, first.endsAt.utc)),
        breakMinutes: second ? String(minutes(first.endsAt.utc, second.startsAt.utc)) : '0',
      },
    ];
  });
}

function Slots({ event }: { event: CorridorEvent }) {
  const t = useEventsT();
  const format = useFormat();
  const refresh = useRefreshEvent(event.id);
  const [blocks, setBlocks] = useState<BlockDraft[]>(() => blocksOf(event));
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors(['blocks']);
  const slots = event.slots ?? [];
  const setBlock = (index: number, changes: Partial<BlockDraft>) =>
    setBlocks((list) => list.map((block, i) => (i === index ? { ...block, ...changes } : block)));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setDone(null);
    try {
      const input: SlotBlockInput[] = blocks.map((b) => ({
        startsAt: b.startsAt,
        endsAt: b.endsAt,
        meetingMinutes: Number(b.meetingMinutes),
        breakMinutes: Number(b.breakMinutes || 0),
      }));
      const result = await eventsApi.setSlots(event.id, input);
      form.clear();
      setDone(t('slots.saved', { count: result.items.length }));
      refresh();
    } catch (error) {
      form.fromError(error);
    } finally {
      setPending(false);
    }
  };
  const labels = event.meetings.tableLabels;
  return (
    <div className="stack">
      <form className="form-card stack" onSubmit={(e) => void submit(e)} noValidate data-testid="slots-form">
        <h2>{t('slots.title')}</h2>
        <p className="field-hint">{t('slots.hint')}</p>
        <FormAlert message={form.errors.general} />
        <FormAlert tone="success" message={done} />
        <div className="slot-blocks">
          {blocks.map((block, index) => (
            // Blocks have no identity beyond their position in the list being edited.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <fieldset key={index} className="slot-block">
              <legend>{t('slots.block', { number: index + 1 })}</legend>
              <div className="form-grid">
                <InputField
                  type="datetime-local"
                  label={t('slots.startsAt')}
                  value={block.startsAt}
                  onChange={(v) => setBlock(index, { startsAt: v })}
                  error={form.field(`blocks[${index}].startsAt`)}
                  testId={`block-${index}-starts-at`}
                />
                <InputField
                  type="datetime-local"
                  label={t('slots.endsAt')}
                  value={block.endsAt}
                  onChange={(v) => setBlock(index, { endsAt: v })}
                  error={form.field(`blocks[${index}].endsAt`)}
                  testId={`block-${index}-ends-at`}
                />
                <InputField
                  type="number"
                  label={t('slots.meetingMinutes')}
                  value={block.meetingMinutes}
                  onChange={(v) => setBlock(index, { meetingMinutes: v })}
                  min="5"
                  max="240"
                  error={form.field(`blocks[${index}].meetingMinutes`)}
                  testId={`block-${index}-minutes`}
                />
                <InputField
                  type="number"
                  label={t('slots.breakMinutes')}
                  value={block.breakMinutes}
                  onChange={(v) => setBlock(index, { breakMinutes: v })}
                  min="0"
                  max="120"
                  error={form.field(`blocks[${index}].breakMinutes`)}
                  testId={`block-${index}-break`}
                />
              </div>
              {blocks.length > 1 ? (
                <button
                  type="button"
                  className="button button-ghost button-small"
                  onClick={() => setBlocks((list) => list.filter((_, i) => i !== index))}
                >
                  {t('slots.removeBlock', { number: index + 1 })}
                </button>
              ) : null}
            </fieldset>
          ))}
        </div>
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              setBlocks((list) => [
                ...list,
                { ...(list[list.length - 1] ?? blocksOf(event)[0]) } as BlockDraft,
              ])
            }
          >
            {t('slots.addBlock')}
          </button>
          <SubmitButton pending={pending} testId="save-slots">
            {t('slots.save')}
          </SubmitButton>
        </div>
      </form>
      <section aria-labelledby="slot-list-title">
        <h2 id="slot-list-title">{t('slots.title')}</h2>
        <p>
          {t('slots.tables', { count: format.number(event.meetings.tableCount) })}
          {labels.length > 0 ? ` (${labels.join(', ')})` : ''}
        </p>
        {slots.length === 0 ? (
          <p className="muted">{t('slots.none')}</p>
        ) : (
          <ul className="event-list" data-testid="slot-list">
            {slots.map((slot) => (
              <li key={slot.slot}>
                <span className="event-list-title">{t('slots.slot', { number: slot.slot })}</span>{' '}
                <TimeSpan start={slot.startsAt} end={slot.endsAt} zone={event.timeZone} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function Publish({ event }: { event: CorridorEvent }) {
  const t = useEventsT();
  const timeText = useTimeText();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const act = async (action: () => Promise<CorridorEvent>, message: string) => {
    setPending(true);
    setError(null);
    setNotice(null);
    try {
      const updated = await action();
      client.setQueryData(eventKeys.event(event.id), updated);
      void client.invalidateQueries({ queryKey: ['events'] });
      setNotice(message);
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setPending(false);
    }
  };
  const checks = [
    { label: t('manage.checkTitle'), ok: Boolean(event.title[event.originalLanguage]) },
    { label: t('manage.checkProgramme'), ok: (event.sessions ?? []).length > 0 },
    { label: t('manage.checkSlots'), ok: (event.slots ?? []).length > 0 },
  ];
  return (
    <div className="stack">
      <FormAlert message={error} />
      <FormAlert tone="success" message={notice} />
      {event.status === 'draft' ? (
        <section className="form-card">
          <h2>{t('manage.publish')}</h2>
          <p>{t('manage.publishHint')}</p>
          <h3>{t('manage.checklist')}</h3>
          <ul className="plain-list">
            {checks.map((check) => (
              <li key={check.label}>
                <span aria-hidden="true">{check.ok ? '✓' : '○'}</span> {check.label}
              </li>
            ))}
          </ul>
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              disabled={pending}
              onClick={() => void act(() => eventsApi.publish(event.id), t('manage.publishedNow'))}
              data-testid="publish-event"
            >
              {t('manage.publish')}
            </button>
          </div>
        </section>
      ) : null}
      {event.status === 'published' ? (
        <p className="alert alert-success" data-testid="event-published">
          {t('manage.published', {
            time: timeText(event.registration.deadline ?? event.endsAt, null, event.timeZone),
          })}
        </p>
      ) : null}
      {event.status !== 'cancelled' ? (
        <section className="form-card">
          <h2>{t('manage.cancel')}</h2>
          <TextField label={t('manage.cancelReason')} value={reason} onChange={setReason} maxLength={2000} />
          <div className="actions">
            <button
              type="button"
              className="button button-danger"
              disabled={pending}
              onClick={() => {
                if (window.confirm(t('manage.cancelConfirm'))) {
                  void act(() => eventsApi.cancel(event.id, reason), t('manage.cancelledNotice'));
                }
              }}
            >
              {t('manage.cancel')}
            </button>
          </div>
        </section>
      ) : (
        <p className="alert alert-warning">{t('manage.cancelledNotice')}</p>
      )}
    </div>
  );
}

function Manage({ event, user }: { event: CorridorEvent; user: User }) {
  const t = useEventsT();
  const [params, setParams] = useSearchParams();
  const param = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(param ?? '') ? (param as Tab) : 'details';
  return (
    <>
      <div className="segmented" role="tablist" aria-label={t('manage.sections')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === tab}
            aria-controls="manage-panel"
            className={name === tab ? 'is-current' : ''}
            onClick={() => setParams({ tab: name }, { replace: true })}
          >
            {t(`manage.tabs.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="manage-panel" aria-label={t(`manage.tabs.${tab}`)}>
        {tab === 'details' ? <Details event={event} user={user} /> : null}
        {tab === 'programme' ? <Programme event={event} /> : null}
        {tab === 'slots' ? <Slots event={event} /> : null}
        {tab === 'publish' ? <Publish event={event} /> : null}
      </div>
    </>
  );
}

/**
 * `/events/:id/manage`: the organiser edits the event and who organises it, its programme and meeting
 * slots, and publishes it.
 */
export function ManageEventPage() {
  const { id = '' } = useParams();
  return (
    <OrganiserPage id={id} heading="manage.title">
      {(event, user) => <Manage event={event} user={user} />}
    </OrganiserPage>
  );
}
