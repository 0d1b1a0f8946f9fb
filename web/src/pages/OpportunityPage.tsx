import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, isApiError } from '../api/client';
import { refreshAfterProfileChange, useHistory, useProfile } from '../api/queries';
import type { Profile, Transition, User } from '../api/types';
import { NotFoundContent } from '../app/ErrorPage';
import { Chip, DemoBadge, KindChip, LanguageBadge, StatusBadge } from '../components/Chips';
import { FormAlert, TextArea } from '../components/Form';
import { FileIcon } from '../components/Icons';
import { usePageTitle } from '../components/PageTitle';
import { ErrorState, Loading } from '../components/States';
import { LANGUAGES, type Language, OFFER_KINDS } from '../domain';
import { ExpressInterestSlot, ProfileTabs } from '../features/docking/profile';
import { profileAccess } from '../features/profile-access';
import { localText, useFormat, useLanguage } from '../i18n/format';
import { ENDONYMS } from '../i18n/languages';
import { useSectorLabels, useVocab } from '../i18n/vocab';
import { useUser } from '../session/session';

/**
 * Which versions to show: the reader's language when the profile has it; otherwise the original
 * and, beside it, the English version when there is one.
 */
export function chooseVersions(
  profile: Profile,
  reader: Language,
  chosen: Language | null,
): { primary: Language; secondary: Language | null } {
  if (chosen && profile.title[chosen]) return { primary: chosen, secondary: null };
  if (profile.title[reader]) return { primary: reader, secondary: null };
  const original = profile.originalLanguage;
  const secondary = original !== 'en' && profile.title.en ? 'en' : null;
  return { primary: original, secondary };
}

function Paragraphs({ text, lang }: { text: string | undefined; lang: Language }) {
  if (!text) return null;
  return (
    <div className="prose" lang={lang}>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        // Paragraphs of a fixed text: their order never changes.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

function Version({
  profile,
  language,
  heading,
}: {
  profile: Profile;
  language: Language;
  heading: 'h1' | 'h2';
}) {
  const { t } = useTranslation();
  const isOffer = OFFER_KINDS.includes(profile.kind);
  const Heading = heading;
  const detail = isOffer ? profile.advantages[language] : profile.specification[language];
  return (
    <div className="version" lang={language} data-testid={`version-${language}`}>
      <Heading className={heading === 'h1' ? 'profile-title' : 'version-title'}>
        {profile.title[language]}
      </Heading>
      {profile.summary[language] ? (
        <p className="lead-small profile-summary">{profile.summary[language]}</p>
      ) : null}
      {profile.description[language] ? (
        <section>
          <h3 className="section-label">{t('profile.description')}</h3>
          <Paragraphs text={profile.description[language]} lang={language} />
        </section>
      ) : null}
      {detail ? (
        <section>
          <h3 className="section-label">{isOffer ? t('profile.advantages') : t('profile.specification')}</h3>
          <Paragraphs text={detail} lang={language} />
        </section>
      ) : null}
    </div>
  );
}

function Facts({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const format = useFormat();
  const language = useLanguage();
  const sectors = useSectorLabels();
  const rows: Array<[string, React.ReactNode]> = [
    [t('profile.kind'), vocab.profileKind(profile.kind)],
    [
      t('profile.organisation'),
      <Link key="org" to={`/organisations/${profile.organisation.slug}`}>
        {localText(profile.organisation.name, language)}
      </Link>,
    ],
    [t('profile.country'), vocab.country(profile.organisation.country)],
  ];
  if (profile.stage) rows.push([t('profile.stage'), vocab.stage(profile.stage)]);
  if (profile.trl) rows.push([t('profile.trl'), t('profile.trlValue', { level: profile.trl })]);
  if (profile.ipr.status !== 'none' || profile.ipr.patentNumbers.length > 0) {
    rows.push([
      t('profile.ipr'),
      <>
        {vocab.ipr(profile.ipr.status)}
        {profile.ipr.patentNumbers.length > 0 ? (
          <span className="muted"> · {profile.ipr.patentNumbers.join(', ')}</span>
        ) : null}
      </>,
    ]);
  }
  if (profile.cooperationTypes.length > 0) {
    rows.push([
      t('profile.cooperationTypes'),
      profile.cooperationTypes.map((c) => vocab.cooperation(c)).join(', '),
    ]);
  }
  if (
    profile.partnerSought.kinds.length > 0 ||
    profile.partnerSought.role ||
    profile.partnerSought.size !== 'any'
  ) {
    rows.push([
      t('profile.partnerSought'),
      <>
        {profile.partnerSought.kinds.map((k) => vocab.organisationKind(k)).join(', ')}
        {profile.partnerSought.size !== 'any' ? (
          <span> · {vocab.partnerSize(profile.partnerSought.size)}</span>
        ) : null}
        {profile.partnerSought.role ? <span className="block">{profile.partnerSought.role}</span> : null}
      </>,
    ]);
  }
  if (profile.sectors.length > 0) {
    rows.push([
      t('profile.sectors'),
      <span key="sectors" className="chips">
        {profile.sectors.map((code) => (
          <Chip key={code}>{sectors.label(code)}</Chip>
        ))}
      </span>,
    ]);
  }
  if (profile.keywords.length > 0) rows.push([t('profile.keywords'), profile.keywords.join(', ')]);
  if (profile.targetCountries.length > 0) {
    rows.push([
      t('profile.targetCountries'),
      profile.targetCountries.map((c) => vocab.country(c)).join(', '),
    ]);
  }
  if (profile.sdgs.length > 0)
    rows.push([t('profile.sdgs'), profile.sdgs.map((n) => format.number(n)).join(', ')]);
  if (profile.eoiDeadline) rows.push([t('profile.eoiDeadline'), format.date(profile.eoiDeadline)]);
  if (profile.validUntil) rows.push([t('profile.validUntil'), format.date(profile.validUntil)]);
  if (profile.publishedAt) rows.push([t('profile.publishedAt'), format.date(profile.publishedAt)]);
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function ContactBox({ profile, user }: { profile: Profile; user: User | null }) {
  const { t } = useTranslation();
  const contact = profile.contact;
  const shown = contact && (contact.name || contact.email || contact.phone);
  return (
    <section className="panel" aria-labelledby="contact-title">
      <h2 id="contact-title" className="panel-title">
        {t('profile.contact')}
      </h2>
      {shown ? (
        <ul className="plain-list">
          {contact.name ? <li>{contact.name}</li> : null}
          {contact.email ? (
            <li>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </li>
          ) : null}
          {contact.phone ? (
            <li>
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
            </li>
          ) : null}
        </ul>
      ) : !user ? (
        <p>
          {t('profile.contactSignIn')}{' '}
          <Link to={`/sign-in?next=${encodeURIComponent(`/opportunities/${profile.id}`)}`}>
            {t('nav.signIn')}
          </Link>
        </p>
      ) : !user.emailVerified ? (
        <p>{t('profile.contactVerify')}</p>
      ) : (
        <p className="muted">{t('profile.contactNone')}</p>
      )}
    </section>
  );
}

function Attachments({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (profile.attachments.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="attachments-title">
      <h2 id="attachments-title" className="panel-title">
        {t('profile.attachments')}
      </h2>
      <ul className="file-list">
        {profile.attachments.map((a) => (
          <li key={a.id}>
            <FileIcon size={18} />
            <a href={`/api/v1/opportunities/${profile.id}/attachments/${a.id}`} download={a.fileName}>
              {a.fileName}
            </a>
            <span className="muted"> · {format.bytes(a.sizeBytes)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HistoryList({ items }: { items: Transition[] }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const format = useFormat();
  return (
    <ol className="timeline" data-testid="history">
      {[...items].reverse().map((item) => (
        <li key={item.id}>
          <p>
            <StatusBadge status={item.toStatus} />{' '}
            <span className="muted">
              {t(`history.action.${item.action}` as 'history.action.create', { defaultValue: item.action })} ·{' '}
              {item.actorName ?? t('history.system')} ·{' '}
              <time dateTime={item.createdAt}>{format.dateTime(item.createdAt)}</time>
            </span>
          </p>
          {item.comment ? <blockquote className="comment">{item.comment}</blockquote> : null}
          {item.fromStatus === null ? null : (
            <span className="visually-hidden">{vocab.status(item.fromStatus)}</span>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Approve, or return with a comment the author will read: for the coordinators of the profile's country. */
function ReviewPanel({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const review = useMutation({
    mutationFn: (decision: 'approve' | 'return') =>
      api<Profile>(`/opportunities/${profile.id}/review`, { method: 'POST', body: { decision, comment } }),
    onSuccess: (updated, decision) => {
      refreshAfterProfileChange(client, updated);
      setComment('');
      setDone(decision === 'approve' ? t('review.approved') : t('review.returned'));
    },
    onError: (error) => {
      if (isApiError(error)) setCommentError(error.fieldMessage('comment') ?? null);
    },
  });
  const onReturn = (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) {
      setCommentError(t('review.commentRequired'));
      return;
    }
    setCommentError(null);
    review.mutate('return');
  };
  return (
    <section className="panel panel-highlight" aria-labelledby="review-title" data-testid="review-panel">
      <h2 id="review-title" className="panel-title">
        {t('review.panelTitle')}
      </h2>
      <FormAlert message={done} tone="success" />
      {profile.status === 'submitted' ? (
        <form onSubmit={onReturn} noValidate>
          <p className="muted">{t('review.panelHint')}</p>
          <TextArea
            label={t('review.comment')}
            hint={t('review.commentHint')}
            value={comment}
            onChange={setComment}
            error={commentError ?? undefined}
            rows={4}
            maxLength={5000}
          />
          <FormAlert
            message={
              review.isError && isApiError(review.error) && !commentError ? review.error.message : null
            }
          />
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              disabled={review.isPending}
              onClick={() => review.mutate('approve')}
              data-testid="approve"
            >
              {t('review.approve')}
            </button>
            <button
              type="submit"
              className="button button-danger"
              disabled={review.isPending}
              data-testid="return"
            >
              {t('review.return')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

/** The author's buttons: edit, submit, withdraw, mark completed, as the status allows. */
function OwnerActions({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const action = useMutation({
    mutationFn: (name: 'submit' | 'withdraw' | 'complete' | 'renew') =>
      api<Profile>(`/opportunities/${profile.id}/${name}`, {
        method: 'POST',
        body: name === 'submit' ? undefined : {},
      }),
    onSuccess: (updated, name) => {
      refreshAfterProfileChange(client, updated);
      setMessage(t(`owner.done.${name}`));
    },
  });
  const confirmThen = (name: 'withdraw' | 'complete') => {
    if (window.confirm(t(`owner.confirm.${name}`))) action.mutate(name);
  };
  const editable = ['draft', 'returned', 'published'].includes(profile.status);
  const error = action.error;
  return (
    <section className="panel" aria-labelledby="owner-title" data-testid="owner-actions">
      <h2 id="owner-title" className="panel-title">
        {t('owner.title')}
      </h2>
      <p className="muted">{t(`owner.statusHint.${profile.status}`)}</p>
      <FormAlert message={message} tone="success" />
      {error ? (
        <div className="alert alert-error" role="alert">
          <p>{isApiError(error) ? error.message : t('errors.unexpected')}</p>
          {isApiError(error) && error.fields.length > 0 ? (
            <ul>
              {error.fields.map((f) => (
                <li key={f.field}>
                  <code>{f.field}</code>: {f.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="actions">
        {editable ? (
          <Link to={`/opportunities/${profile.id}/edit`} className="button button-primary">
            {t('owner.edit')}
          </Link>
        ) : null}
        {profile.status === 'draft' || profile.status === 'returned' ? (
          <button
            type="button"
            className="button"
            disabled={action.isPending}
            onClick={() => action.mutate('submit')}
          >
            {t('owner.submit')}
          </button>
        ) : null}
        {profile.status === 'published' || profile.status === 'expired' ? (
          <button
            type="button"
            className="button"
            disabled={action.isPending}
            onClick={() => action.mutate('renew')}
          >
            {t('owner.renew')}
          </button>
        ) : null}
        {profile.status === 'published' || profile.status === 'expired' ? (
          <button
            type="button"
            className="button"
            disabled={action.isPending}
            onClick={() => confirmThen('complete')}
          >
            {t('owner.complete')}
          </button>
        ) : null}
        {!['withdrawn', 'completed'].includes(profile.status) ? (
          <button
            type="button"
            className="button button-ghost"
            disabled={action.isPending}
            onClick={() => confirmThen('withdraw')}
          >
            {t('owner.withdraw')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

export function OpportunityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const vocab = useVocab();
  const user = useUser();
  const profile = useProfile(id);
  const [chosen, setChosen] = useState<Language | null>(null);
  const access = profile.data ? profileAccess(user, profile.data) : null;
  const history = useHistory(id, Boolean(access?.seesHistory));
  const titleText = profile.data ? localText(profile.data.title, language) : null;
  usePageTitle(titleText);

  if (profile.isPending) return <Loading />;
  if (profile.isError) {
    if (
      isApiError(profile.error) &&
      (profile.error.status === 404 || profile.error.code === 'ValidationFailed')
    ) {
      return <NotFoundContent />;
    }
    return (
      <div className="container page">
        <ErrorState error={profile.error} onRetry={() => void profile.refetch()} />
      </div>
    );
  }
  const data = profile.data;
  const { primary, secondary } = chooseVersions(data, language, chosen);
  const available = LANGUAGES.filter((l) => data.title[l]);
  const lastReturn = [...(history.data ?? [])].reverse().find((h) => h.action === 'return');

  return (
    <div className="container page">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to="/opportunities">{t('nav.opportunities')}</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{vocab.profileKind(data.kind)}</span>
      </nav>
      <div className="profile-head">
        <div className="chips">
          <KindChip kind={data.kind} />
          {data.status !== 'published' ? <StatusBadge status={data.status} /> : null}
          {data.isDemo ? <DemoBadge /> : null}
          <LanguageBadge
            language={primary}
            original={primary === data.originalLanguage && primary !== language}
          />
        </div>
        {available.length > 1 ? (
          <div className="version-switch">
            <span className="muted">{t('profile.readIn')}</span>
            <ul>
              {available.map((l) => (
                <li key={l}>
                  <button
                    type="button"
                    className={`chip chip-button${l === primary ? ' is-current' : ''}`}
                    aria-pressed={l === primary}
                    lang={l}
                    onClick={() => setChosen(l)}
                  >
                    {ENDONYMS[l]}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>

      {data.status === 'returned' && access?.member && lastReturn ? (
        <div className="alert alert-warning" role="status" data-testid="returned-notice">
          <p>
            <strong>{t('owner.returnedTitle')}</strong>
          </p>
          <blockquote className="comment">{lastReturn.comment}</blockquote>
        </div>
      ) : null}

      <ProfileTabs profile={data}>
        <div className="profile-layout">
          <article className="profile-main">
            <Version profile={data} language={primary} heading="h1" />
            {secondary ? (
              <section className="version-secondary" aria-label={t('profile.englishVersion')}>
                <LanguageBadge language={secondary} />
                <Version profile={data} language={secondary} heading="h2" />
              </section>
            ) : null}
          </article>
          <aside className="profile-side">
            {access?.writer ? <OwnerActions profile={data} /> : null}
            {access?.reviewer ? <ReviewPanel profile={data} /> : null}
            <ExpressInterestSlot profile={data} />
            <section className="panel" aria-labelledby="facts-title">
              <h2 id="facts-title" className="panel-title">
                {t('profile.facts')}
              </h2>
              <Facts profile={data} />
            </section>
            <ContactBox profile={data} user={user} />
            <Attachments profile={data} />
            {access?.seesHistory && history.data && history.data.length > 0 ? (
              <section className="panel" aria-labelledby="history-title">
                <h2 id="history-title" className="panel-title">
                  {t('history.title')}
                </h2>
                <HistoryList items={history.data} />
              </section>
            ) : null}
          </aside>
        </div>
      </ProfileTabs>
    </div>
  );
}
