import { type KeyboardEvent, useId, useRef } from 'react';
import { Link } from 'react-router';
import { INTEREST_STATUSES, type InboxInterest, type InterestBox, useInboxPages } from '../../api/docking';
import { usePageTitle } from '../../components/PageTitle';
import { RequireUser } from '../../components/RequireUser';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { InterestStatusBadge } from '../../features/docking/components';
import { DockingCatalogueGate, useDockingT } from '../../features/docking/i18n';
import { useUrlFilters } from '../../features/url-state';
import { localText, useFormat, useLanguage } from '../../i18n/format';

const BOXES: readonly InterestBox[] = ['received', 'sent'];

function InterestRow({ interest, box }: { interest: InboxInterest; box: InterestBox }) {
  const t = useDockingT();
  const format = useFormat();
  const language = useLanguage();
  const title = localText(interest.profileTitle, language);
  return (
    <li className="card inbox-item" data-testid="inbox-item" data-interest-id={interest.id}>
      <div className="card-top">
        <InterestStatusBadge status={interest.status} />
        {interest.conversationId ? <span className="badge badge-info">{t('inbox.conversation')}</span> : null}
        {interest.unreadMessages > 0 ? (
          <span className="badge badge-warning" data-testid="unread-messages">
            {t('inbox.unread', { count: interest.unreadMessages })}
          </span>
        ) : null}
      </div>
      <h2 className="card-title">
        <Link to={`/inbox/${interest.id}`}>{title}</Link>
      </h2>
      <p className="card-meta">
        <span>
          {box === 'received'
            ? t('inbox.from', { organisation: localText(interest.fromOrganisationName, language) })
            : t('inbox.to', { organisation: localText(interest.ownerOrganisationName, language) })}
        </span>
        <span aria-hidden="true"> · </span>
        <time dateTime={interest.createdAt}>
          {t('inbox.sentOn', { date: format.date(interest.createdAt) })}
        </time>
      </p>
      <p className="inbox-excerpt">{interest.message}</p>
      {interest.cooperationId ? (
        <p className="card-meta">
          <Link to={`/cooperations/${interest.cooperationId}`} data-testid="interest-cooperation">
            {t('inbox.cooperation')}
          </Link>
        </p>
      ) : null}
    </li>
  );
}

function Inbox() {
  const t = useDockingT();
  const id = useId();
  const [params, setParams] = useUrlFilters();
  const box: InterestBox = params.get('box') === 'sent' ? 'sent' : 'received';
  const statusParam = params.get('status') ?? '';
  const status = (INTEREST_STATUSES as readonly string[]).includes(statusParam) ? statusParam : '';
  const interests = useInboxPages(box, status);
  const items = interests.data?.pages.flatMap((page) => page.items) ?? [];
  const refs = useRef(new Map<InterestBox, HTMLButtonElement>());
  usePageTitle(t('inbox.title'));

  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const other: InterestBox =
      event.key === 'Home' ? 'received' : event.key === 'End' ? 'sent' : box === 'sent' ? 'received' : 'sent';
    set('box', other === 'received' ? '' : other);
    refs.current.get(other)?.focus();
  };

  return (
    <div className="container page" data-testid="inbox">
      <div className="page-head">
        <h1>{t('inbox.title')}</h1>
        <p className="lead-small">{t('inbox.lead')}</p>
      </div>
      <div className="inbox-bar">
        <div role="tablist" aria-label={t('inbox.boxes')} className="tablist inbox-tabs">
          {BOXES.map((name) => (
            <button
              key={name}
              ref={(el) => {
                if (el) refs.current.set(name, el);
                else refs.current.delete(name);
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${name}`}
              aria-selected={box === name}
              aria-controls={`${id}-panel`}
              tabIndex={box === name ? 0 : -1}
              className="tab"
              onClick={() => set('box', name === 'received' ? '' : name)}
              onKeyDown={onKeyDown}
              data-testid={`box-${name}`}
            >
              {t(`inbox.${name}`)}
            </button>
          ))}
        </div>
        <div className="field inbox-status">
          <label htmlFor={`${id}-status`} className="field-label">
            {t('inbox.status')}
          </label>
          <select
            id={`${id}-status`}
            className="input select"
            value={status}
            onChange={(e) => set('status', e.target.value)}
          >
            <option value="">{t('inbox.all')}</option>
            {INTEREST_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${box}`}>
        {interests.isPending ? (
          <Loading />
        ) : interests.isError ? (
          <ErrorState error={interests.error} onRetry={() => void interests.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState title={box === 'received' ? t('inbox.emptyReceived') : t('inbox.emptySent')}>
            <Link to="/opportunities" className="button">
              {t('inbox.find')}
            </Link>
          </EmptyState>
        ) : (
          <>
            <ul className="inbox-list">
              {items.map((interest) => (
                <InterestRow key={interest.id} interest={interest} box={box} />
              ))}
            </ul>
            <div className="load-more">
              <p className="muted" aria-live="polite">
                {t('inbox.count', { count: items.length })}
              </p>
              {interests.hasNextPage ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => void interests.fetchNextPage()}
                  disabled={interests.isFetchingNextPage}
                  aria-busy={interests.isFetchingNextPage || undefined}
                  data-testid="inbox-more"
                >
                  {t('inbox.more')}
                </button>
              ) : null}
            </div>
          </>
        )}
      </div>
    </div>
  );
}

/** `/inbox`: the expressions of interest one's organisations received and sent, by status. */
export function InboxPage() {
  return (
    <RequireUser>
      {() => (
        <DockingCatalogueGate>
          <Inbox />
        </DockingCatalogueGate>
      )}
    </RequireUser>
  );
}
