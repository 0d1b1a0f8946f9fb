import nodemailer, { type Transporter } from 'nodemailer';
import type { Queryable } from '../../db/database.js';
import type { Language } from '../../domain/vocabulary.js';
import { type MessageKey, translate } from '../../i18n/server/index.js';

export interface OutgoingMail {
  to: string;
  language: Language;
  subjectKey: MessageKey;
  bodyKey: MessageKey;
  params: Record<string, string | number>;
}

export interface OutboxEntry {
  id: number;
  toAddress: string;
  subject: string;
  textBody: string;
  language: string;
  template: string;
  createdAt: Date;
  sentAt: Date | null;
  attempts: number;
  lastError: string | null;
}

/**
 * Writes mail into the outbox inside the caller's transaction, so a mail exists exactly when the
 * change that caused it was committed. Delivery happens later (see MailDispatcher).
 */
export async function enqueueMail(tx: Queryable, mail: OutgoingMail): Promise<void> {
  await tx.query(
    `INSERT INTO mail_outbox (to_address, subject, text_body, language, template)
     VALUES ($1, $2, $3, $4, $5)`,
    [
      mail.to,
      translate(mail.language, mail.subjectKey, mail.params),
      translate(mail.language, mail.bodyKey, mail.params),
      mail.language,
      mail.bodyKey,
    ],
  );
}

export async function listOutbox(db: Queryable, limit = 20): Promise<OutboxEntry[]> {
  const { rows } = await db.query<OutboxEntry>(
    `SELECT id, to_address AS "toAddress", subject, text_body AS "textBody", language, template,
            created_at AS "createdAt", sent_at AS "sentAt", attempts, last_error AS "lastError"
     FROM mail_outbox ORDER BY id DESC LIMIT $1`,
    [limit],
  );
  return rows;
}

/** Delivers unsent outbox mail over SMTP. Without an SMTP URL (dev mode) mail stays in the outbox. */
export class MailDispatcher {
  private readonly transport: Transporter | null;

  constructor(
    private readonly db: Queryable,
    smtpUrl: string | undefined,
    private readonly from: string,
  ) {
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /**
   * Sends what is waiting; returns how many were delivered. Calls in one process run one after
   * another, and each run claims its rows with SKIP LOCKED, so no mail goes out twice.
   */
  deliverPending(batchSize = 50): Promise<number> {
    const run = this.queue.then(() => this.deliverBatch(batchSize));
    this.queue = run.catch(() => 0);
    return run;
  }

  private queue: Promise<number> = Promise.resolve(0);

  private async deliverBatch(batchSize: number): Promise<number> {
    if (!this.transport) return 0;
    const transport = this.transport;
    const { rows } = await this.db.query<{ id: number; to: string; subject: string; text: string }>(
      `UPDATE mail_outbox SET attempts = attempts + 1
       WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND attempts < 10 ORDER BY id LIMIT $1
                    FOR UPDATE SKIP LOCKED)
       RETURNING id, to_address AS "to", subject, text_body AS "text"`,
      [batchSize],
    );
    let sent = 0;
    for (const mail of rows.sort((a, b) => a.id - b.id)) {
      try {
        await transport.sendMail({ from: this.from, to: mail.to, subject: mail.subject, text: mail.text });
        await this.db.query('UPDATE mail_outbox SET sent_at = now(), last_error = NULL WHERE id = $1', [
          mail.id,
        ]);
        sent += 1;
      } catch (error) {
        await this.db.query('UPDATE mail_outbox SET last_error = $2 WHERE id = $1', [
          mail.id,
          error instanceof Error ? error.message : String(error),
        ]);
      }
    }
    return sent;
  }

  close(): void {
    this.transport?.close();
  }
}
