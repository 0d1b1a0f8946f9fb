import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, isApiError } from '../../api/client';
import {
  type Concept,
  dockingKeys,
  refreshAfterConceptChange,
  useConcept,
  useConceptHistory,
} from '../../api/docking';
import { NotFoundContent } from '../../app/ErrorPage';
import { Chip } from '../../components/Chips';
import { FormAlert } from '../../components/Form';
import { usePageTitle } from '../../components/PageTitle';
import { ErrorState, Loading } from '../../components/States';
import { LANGUAGES } from '../../domain';
import { type ConceptDraft, ConceptEditor } from '../../features/docking/ConceptEditor';
import { ConceptHistory } from '../../features/docking/ConceptHistory';
import { DockingCatalogueGate, useDockingT } from '../../features/docking/i18n';
import { canEditTerminology } from '../../features/docking/terminology';
import { useFormat, useLanguage } from '../../i18n/format';
import { ENDONYMS } from '../../i18n/languages';
import { useSectorLabels, useVocab } from '../../i18n/vocab';
import { useUser } from '../../session/session';

/** The concept's terms in the seven languages, each in its own script's font (`lang`). */
function TermsTable({ concept }: { concept: Concept }) {
  const t = useDockingT();
  const vocab = useVocab();
  const interfaceLanguage = useLanguage();
  return (
    <div className="table-scroll">
      <table className="terms-table" data-testid="terms-table">
        <caption className="visually-hidden">{t('terminology.terms')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('terminology.language')}</th>
            <th scope="col">{t('terminology.terms')}</th>
          </tr>
        </thead>
        <tbody>
          {LANGUAGES.map((language) => (
            <tr key={language} data-testid={`terms-row-${language}`}>
              <th scope="row">
                {vocab.language(language)}
                {language !== 'en' ? (
                  <span lang={language} className="terms-endonym">
                    {ENDONYMS[language]}
                  </span>
                ) : null}
              </th>
              <td>
                <ul className="term-list">
                  {(concept.terms[language] ?? []).map((term, index) => (
                    <li key={term} lang={language} className={index === 0 ? 'term term-first' : 'term'}>
                      {term}
                      {index === 0 ? (
                        <span className="badge badge-success term-preferred" lang={interfaceLanguage}>
                          {t('terminology.preferred')}
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Retire: asks why (kept in the history), then DELETE with the comment. */
function RetirePanel({ concept, onClose }: { concept: Concept; onClose: () => void }) {
  const t = useDockingT();
  const id = useId();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [comment, setComment] = useState('');
  const retire = useMutation({
    mutationFn: () =>
      api<void>(
        `/terminology/concepts/${encodeURIComponent(concept.id)}?comment=${encodeURIComponent(comment.trim())}`,
        {
          method: 'DELETE',
        },
      ),
    onSuccess: () => {
      client.removeQueries({ queryKey: dockingKeys.concept(concept.id), exact: true });
      refreshAfterConceptChange(client, concept.id);
      void navigate('/terminology', { state: { retired: concept.id } });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    retire.mutate();
  };
  return (
    <section className="panel panel-highlight" aria-labelledby={`${id}-title`} data-testid="retire-panel">
      <h2 id={`${id}-title`} className="panel-title">
        {t('retire.title')}
      </h2>
      <p>{t('retire.lead')}</p>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-comment`} className="field-label">
            {t('retire.comment')}
          </label>
          <textarea
            id={`${id}-comment`}
            className="input textarea"
            rows={2}
            maxLength={1000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        </div>
        <FormAlert message={retire.isError && isApiError(retire.error) ? retire.error.message : null} />
        <div className="actions">
          <button type="submit" className="button button-danger" disabled={retire.isPending}>
            {t('retire.confirm')}
          </button>
          <button type="button" className="button button-ghost" onClick={onClose}>
            {t('retire.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

function ConceptView() {
  const { id = '' } = useParams();
  const t = useDockingT();
  const { t: tMain } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const sectors = useSectorLabels();
  const user = useUser();
  const location = useLocation();
  const client = useQueryClient();
  const editor = canEditTerminology(user);
  const concept = useConcept(id);
  const history = useConceptHistory(id);
  const [mode, setMode] = useState<'view' | 'edit' | 'retire'>('view');
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(() =>
    (location.state as { created?: boolean } | null)?.created
      ? { tone: 'success', text: t('editor.created') }
      : null,
  );
  const save = useMutation({
    mutationFn: ({ draft, version }: { draft: ConceptDraft; version: number }) =>
      api<Concept>(`/terminology/concepts/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: { sectors: draft.sectors, terms: draft.terms, comment: draft.comment, version },
      }),
    onSuccess: (updated) => {
      refreshAfterConceptChange(client, id, updated);
      setMode('view');
      setNotice({ tone: 'success', text: t('editor.saved') });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409) {
        // Someone saved first: show their version and let the reader make the change again on it.
        void concept.refetch();
        void history.refetch();
        setNotice({ tone: 'error', text: t('editor.conflict') });
        save.reset();
      }
    },
  });
  const preferred = concept.data?.terms[language]?.[0] ?? concept.data?.terms.en?.[0] ?? id;
  usePageTitle(concept.data ? preferred : t('terminology.title'));

  if (concept.isPending) return <Loading />;
  if (concept.isError) {
    if (
      isApiError(concept.error) &&
      (concept.error.status === 404 || concept.error.code === 'ValidationFailed')
    )
      return <NotFoundContent />;
    return (
      <div className="container page">
        <ErrorState error={concept.error} onRetry={() => void concept.refetch()} />
      </div>
    );
  }
  const data = concept.data;
  return (
    <div className="container page concept-page" data-testid="concept-page">
      <nav aria-label={tMain('nav.breadcrumb')} className="breadcrumb">
        <Link to="/terminology">{t('terminology.title')}</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{data.id}</span>
      </nav>
      <div className="page-head page-head-row">
        <div>
          <h1 lang={data.terms[language]?.[0] ? language : 'en'}>{preferred}</h1>
          <p className="muted">
            {t('terminology.id')}: <code>{data.id}</code> ·{' '}
            {t('terminology.updated', {
              version: format.number(data.version),
              date: format.date(data.updatedAt),
            })}
          </p>
        </div>
        {editor && mode === 'view' ? (
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                setNotice(null);
                setMode('edit');
              }}
              data-testid="edit-concept"
            >
              {t('terminology.edit')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => setMode('retire')}
              data-testid="retire-concept"
            >
              {t('retire.open')}
            </button>
          </div>
        ) : null}
      </div>
      {notice ? (
        <div
          className={`alert alert-${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          data-testid={notice.tone === 'error' ? 'concept-conflict' : 'concept-notice'}
        >
          {notice.text}
        </div>
      ) : null}
      <div className="chips concept-sectors">
        <span className="muted">{t('terminology.sectors')}:</span>
        {data.sectors.length > 0 ? (
          data.sectors.map((code) => <Chip key={code}>{sectors.label(code)}</Chip>)
        ) : (
          <span className="muted">{t('terminology.noSectors')}</span>
        )}
      </div>
      {mode === 'retire' ? <RetirePanel concept={data} onClose={() => setMode('view')} /> : null}
      {mode === 'edit' ? (
        <section className="panel" aria-labelledby="edit-title">
          <h2 id="edit-title" className="panel-title">
            {t('editor.editTitle')}
          </h2>
          <ConceptEditor
            // A new version from the server (after a conflict) starts the form afresh.
            key={data.version}
            mode="edit"
            initial={data}
            pending={save.isPending}
            serverError={isApiError(save.error) ? save.error : null}
            onSubmit={(draft) => save.mutate({ draft, version: data.version })}
            onCancel={() => setMode('view')}
          />
        </section>
      ) : (
        <TermsTable concept={data} />
      )}
      {!editor && user ? <p className="muted">{t('terminology.readOnly')}</p> : null}
      <ConceptHistory
        items={history.data}
        isPending={history.isPending}
        error={history.error}
        onRetry={() => void history.refetch()}
      />
    </div>
  );
}

/** `/terminology/:id`: a concept's terms in the seven languages, its editing, retirement and history. */
export function ConceptPage() {
  return (
    <DockingCatalogueGate>
      <ConceptView />
    </DockingCatalogueGate>
  );
}
