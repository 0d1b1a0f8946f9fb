import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../../api/client';
import {
  type Cooperation,
  type CooperationDocument,
  DOCUMENT_KINDS,
  type DocumentKind,
  documentUrl,
  pipelineKeys,
  uploadCooperationDocument,
} from '../../../api/pipeline';
import { FormAlert, SelectField } from '../../../components/Form';
import { FileIcon } from '../../../components/Icons';
import { usePipelineFormat } from '../format';
import { usePipelineT } from '../i18n';

interface Upload {
  name: string;
  fraction: number;
  controller: AbortController;
}

function UploadForm({ cooperation }: { cooperation: Cooperation }) {
  const t = usePipelineT();
  const { t: mainT } = useTranslation();
  const client = useQueryClient();
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<DocumentKind>('nda');
  const [upload, setUpload] = useState<Upload | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setMessage({ tone: 'error', text: t('documents.chooseFile') });
      return;
    }
    const controller = new AbortController();
    setMessage(null);
    setUpload({ name: file.name, fraction: 0, controller });
    try {
      await uploadCooperationDocument(
        cooperation.id,
        kind,
        file,
        (fraction) => setUpload((u) => (u ? { ...u, fraction } : u)),
        controller.signal,
      );
      setMessage({ tone: 'success', text: t('documents.uploaded', { name: file.name }) });
      if (input.current) input.current.value = '';
      await client.invalidateQueries({ queryKey: pipelineKeys.cooperation(cooperation.id) });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        setMessage({ tone: 'error', text: isApiError(error) ? error.message : mainT('errors.unexpected') });
      }
    } finally {
      setUpload(null);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate className="coop-subform" data-testid="document-upload">
      <div className="form-grid">
        <SelectField
          label={t('documents.kind')}
          value={kind}
          onChange={(v) => setKind(v as DocumentKind)}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documentKind.${k}`) }))}
        />
        <div className="field">
          <label htmlFor={fileId} className="field-label">
            {t('documents.file')}
          </label>
          <p id={`${fileId}-hint`} className="field-hint">
            {t('documents.fileHint')}
          </p>
          <input
            id={fileId}
            ref={input}
            type="file"
            className="file-input"
            accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,application/pdf,image/png,image/jpeg,image/webp,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby={`${fileId}-hint`}
            disabled={upload !== null}
          />
        </div>
      </div>
      {upload ? (
        <div className="upload-progress" data-testid="upload-progress">
          <label htmlFor={`${fileId}-progress`}>{t('documents.uploading', { name: upload.name })}</label>
          <progress id={`${fileId}-progress`} max={1} value={upload.fraction} />
          <button type="button" className="button button-small" onClick={() => upload.controller.abort()}>
            {t('documents.cancel')}
          </button>
        </div>
      ) : null}
      {message ? <FormAlert message={message.text} tone={message.tone} /> : null}
      <div className="actions">
        <button type="submit" className="button" disabled={upload !== null} data-testid="document-submit">
          {t('documents.upload')}
        </button>
      </div>
    </form>
  );
}

function DocumentItem({
  cooperation,
  document,
}: {
  cooperation: Cooperation;
  document: CooperationDocument;
}) {
  const t = usePipelineT();
  const format = usePipelineFormat();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api(`/cooperations/${cooperation.id}/documents/${document.id}`, { method: 'DELETE' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: pipelineKeys.cooperation(cooperation.id) }),
  });
  return (
    <li data-testid="document">
      <FileIcon size={18} />
      <span className="coop-document">
        <a href={documentUrl(cooperation.id, document.id)} download={document.fileName}>
          {document.fileName}
        </a>
        <span className="muted coop-small">
          {' '}
          · {t(`documentKind.${document.kind}`)} · {format.bytes(document.sizeBytes)} ·{' '}
          {t('documents.added', { date: format.date(document.createdAt) })}
        </span>
      </span>
      {cooperation.permissions.manageDocuments ? (
        <button
          type="button"
          className="button button-ghost button-small"
          disabled={remove.isPending}
          onClick={() => {
            if (window.confirm(t('documents.confirmRemove', { name: document.fileName }))) remove.mutate();
          }}
        >
          {t('common.remove')}
          <span className="visually-hidden">: {document.fileName}</span>
        </button>
      ) : null}
    </li>
  );
}

/** The parties' private documents: listed and downloadable by members only, uploaded by their editors. */
export function Documents({ cooperation }: { cooperation: Cooperation }) {
  const t = usePipelineT();
  if (!cooperation.permissions.readDocuments || !cooperation.documents) return null;
  return (
    <section className="panel" aria-labelledby="documents-title" data-testid="documents">
      <h2 id="documents-title" className="panel-title">
        {t('documents.title')}
      </h2>
      <p className="muted coop-small">{t('documents.privacy')}</p>
      {cooperation.documents.length === 0 ? (
        <p className="muted">{t('documents.none')}</p>
      ) : (
        <ul className="file-list coop-documents">
          {cooperation.documents.map((document) => (
            <DocumentItem key={document.id} cooperation={cooperation} document={document} />
          ))}
        </ul>
      )}
      {cooperation.permissions.manageDocuments ? <UploadForm cooperation={cooperation} /> : null}
    </section>
  );
}
