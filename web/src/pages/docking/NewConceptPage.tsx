import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, isApiError } from '../../api/client';
import { type Concept, refreshAfterConceptChange } from '../../api/docking';
import { usePageTitle } from '../../components/PageTitle';
import { RequireUser } from '../../components/RequireUser';
import { NotAllowed } from '../../components/States';
import { type ConceptDraft, ConceptEditor } from '../../features/docking/ConceptEditor';
import { DockingCatalogueGate, useDockingT } from '../../features/docking/i18n';
import { canEditTerminology } from '../../features/docking/terminology';

function NewConcept() {
  const t = useDockingT();
  const { t: tMain } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  usePageTitle(t('editor.newTitle'));
  const create = useMutation({
    mutationFn: (draft: ConceptDraft) =>
      api<Concept>('/terminology/concepts', {
        method: 'POST',
        body: { id: draft.id, sectors: draft.sectors, terms: draft.terms, comment: draft.comment },
      }),
    onSuccess: (concept) => {
      refreshAfterConceptChange(client, concept.id, concept);
      void navigate(`/terminology/${encodeURIComponent(concept.id)}`, { state: { created: true } });
    },
  });
  return (
    <div className="container page">
      <nav aria-label={tMain('nav.breadcrumb')} className="breadcrumb">
        <Link to="/terminology">{t('terminology.back')}</Link>
      </nav>
      <div className="page-head">
        <h1>{t('editor.newTitle')}</h1>
      </div>
      <div className="form-card">
        <ConceptEditor
          mode="create"
          pending={create.isPending}
          serverError={isApiError(create.error) ? create.error : null}
          onSubmit={(draft) => create.mutate(draft)}
          onCancel={() => void navigate('/terminology')}
        />
      </div>
    </div>
  );
}

/** `/terminology/new`: a coordinator or administrator adds a concept with terms in all seven languages. */
export function NewConceptPage() {
  return (
    <RequireUser verified>
      {(user) => (
        <DockingCatalogueGate>
          {canEditTerminology(user) ? <NewConcept /> : <ReadOnly />}
        </DockingCatalogueGate>
      )}
    </RequireUser>
  );
}

function ReadOnly() {
  const t = useDockingT();
  return <NotAllowed message={t('terminology.readOnly')} />;
}
