import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api/client';
import {
  CONVERSATION_FILE_TYPES,
  type Conversation as ConversationData,
  type ConversationMessage,
  dockingKeys,
  type Interest,
  messageFileUrl,
  uploadConversationFile,
  useConversation,
} from '../../api/docking';
import type { User } from '../../api/types';
import { FileIcon } from '../../components/Icons';
import { ErrorState, Loading } from '../../components/States';
import { localText, useFormat, useLanguage } from '../../i18n/format';
import { useDockingT } from './i18n';

function MessageItem({
  message,
  interest,
  user,
  conversationId,
}: {
  message: ConversationMessage;
  interest: Interest;
  user: User;
  conversationId: string;
}) {
  const t = useDockingT();
  const format = useFormat();
  const language = useLanguage();
  const own = message.authorId === user.id;
  const organisation =
    message.organisationId === interest.ownerOrganisationId
      ? interest.ownerOrganisationName
      : interest.fromOrganisationName;
  return (
    <li className={`message${own ? ' message-own' : ''}`} data-testid="message">
      <p className="message-head">
        <span className="message-author">
          {own ? t('conversation.you') : (message.authorName ?? t('conversation.unknownAuthor'))}
        </span>
        <span className="message-org">{localText(organisation, language)}</span>
        <time dateTime={message.createdAt} className="message-time">
          {format.dateTime(message.createdAt)}
        </time>
      </p>
      {message.body ? <p className="message-body">{message.body}</p> : null}
      {message.attachmentName ? (
        <p className="message-file">
          <FileIcon size={18} />
          <a
            href={messageFileUrl(conversationId, message.id)}
            download={message.attachmentName}
            aria-label={t('conversation.download', { name: message.attachmentName })}
          >
            {message.attachmentName}
          </a>
          {message.attachmentSize ? (
            <span className="muted"> · {format.bytes(message.attachmentSize)}</span>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}

function Composer({ conversationId }: { conversationId: string }) {
  const t = useDockingT();
  const { t: tMain } = useTranslation();
  const format = useFormat();
  const id = useId();
  const client = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [body, setBody] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const send = useMutation({
    mutationFn: () => {
      const text = body.trim();
      if (file) return uploadConversationFile(conversationId, file, text, setProgress);
      return api<ConversationMessage>(`/conversations/${conversationId}/messages`, {
        method: 'POST',
        body: { body: text },
      });
    },
    onSuccess: (message) => {
      client.setQueryData<ConversationData>(dockingKeys.conversation(conversationId), (old) =>
        old && !old.messages.some((m) => m.id === message.id)
          ? { ...old, messages: [...old.messages, message] }
          : old,
      );
      void client.invalidateQueries({ queryKey: dockingKeys.conversation(conversationId) });
      setBody('');
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
    },
    onError: (error) => setProblem(isApiError(error) ? error.message : tMain('errors.unexpected')),
    onSettled: () => setProgress(null),
  });

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    if (chosen && !(CONVERSATION_FILE_TYPES as readonly string[]).includes(chosen.type)) {
      setProblem(t('conversation.wrongType'));
      event.target.value = '';
      setFile(null);
      return;
    }
    setProblem(null);
    setFile(chosen);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim() && !file) {
      setProblem(t('conversation.nothingToSend'));
      return;
    }
    setProblem(null);
    send.mutate();
  };

  return (
    <form className="composer" onSubmit={onSubmit} noValidate data-testid="composer">
      <div className="field">
        <label htmlFor={`${id}-body`} className="field-label">
          {t('conversation.message')}
        </label>
        <textarea
          id={`${id}-body`}
          className="input textarea"
          rows={3}
          maxLength={10_000}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
      </div>
      <div className="composer-file">
        {/* The browser's own file button speaks the browser's language: this one speaks the reader's. */}
        <div className="file-picker">
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            className="file-picker-input"
            accept={CONVERSATION_FILE_TYPES.join(',')}
            onChange={onFile}
            aria-describedby={`${id}-file-hint`}
            data-testid="conversation-file"
          />
          <label htmlFor={`${id}-file`} className="button button-small">
            <FileIcon size={18} /> {t('conversation.attach')}
          </label>
          <span id={`${id}-file-hint`} className="field-hint">
            {t('conversation.attachHint')}
          </span>
        </div>
        {file ? (
          <p className="composer-chosen">
            <FileIcon size={18} />
            <span>{t('conversation.fileChosen', { name: file.name, size: format.bytes(file.size) })}</span>
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => {
                setFile(null);
                if (fileInput.current) fileInput.current.value = '';
              }}
            >
              {t('conversation.removeFile')}
            </button>
          </p>
        ) : null}
      </div>
      {progress !== null && file ? (
        <div className="upload-progress" data-testid="upload-progress">
          <label htmlFor={`${id}-progress`}>{t('conversation.uploading', { name: file.name })}</label>
          <progress id={`${id}-progress`} max={1} value={progress} />
          <span aria-hidden="true">{format.number(Math.round(progress * 100))} %</span>
        </div>
      ) : null}
      {problem ? (
        <div id={`${id}-problem`} className="alert alert-error" role="alert">
          {problem}
        </div>
      ) : null}
      <div className="actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={send.isPending}
          aria-busy={send.isPending || undefined}
          data-testid="send-message"
        >
          {t('conversation.send')}
        </button>
      </div>
    </form>
  );
}

/**
 * The private conversation an accepted expression of interest opened: messages with author and
 * organisation, asked for again every ten seconds and whenever the tab gets focus; a composer with
 * file sharing (PDF or image) and upload progress.
 */
export function Conversation({
  conversationId,
  interest,
  user,
}: {
  conversationId: string;
  interest: Interest;
  user: User;
}) {
  const t = useDockingT();
  const conversation = useConversation(conversationId);
  return (
    <section className="panel conversation" aria-labelledby="conversation-title" data-testid="conversation">
      <h2 id="conversation-title" className="panel-title">
        {t('conversation.title')}
      </h2>
      <p className="muted">{t('conversation.lead')}</p>
      {conversation.isPending ? (
        <Loading />
      ) : conversation.isError ? (
        <ErrorState error={conversation.error} onRetry={() => void conversation.refetch()} />
      ) : (
        <>
          {conversation.data.messages.length === 0 ? (
            <p className="muted">{t('conversation.empty')}</p>
          ) : null}
          <div role="log" aria-live="polite" aria-label={t('conversation.log')}>
            <ol className="message-list">
              {conversation.data.messages.map((message) => (
                <MessageItem
                  key={message.id}
                  message={message}
                  interest={interest}
                  user={user}
                  conversationId={conversationId}
                />
              ))}
            </ol>
          </div>
          <Composer conversationId={conversationId} />
        </>
      )}
    </section>
  );
}
