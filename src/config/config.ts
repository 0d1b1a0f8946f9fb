import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable Corridor reads, validated once at start-up. A bad value stops the
 * process with a message naming the variable. The README's configuration table mirrors this list.
 */
const configSchema = z.object({
  /** TCP port the HTTP server listens on. */
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  /** Interface to bind; 0.0.0.0 serves every interface, 127.0.0.1 only this machine. */
  HOST: z.string().min(1).default('0.0.0.0'),
  /** PostgreSQL connection string. Unset: the embedded PGlite database in CORRIDOR_DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded database and other local state live when DATABASE_URL is unset. */
  CORRIDOR_DATA_DIR: z.string().min(1).default('./.corridor'),
  /** The address users reach the platform at; used in links inside emails. Defaults to http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** SMTP server for outgoing mail, e.g. smtp://user:pass@mail.example:587. Unset: mail stays in the outbox (dev mode), readable with `corridor mail outbox`. */
  SMTP_URL: z.string().url().optional(),
  /** Sender address of outgoing mail. */
  MAIL_FROM: z.string().min(3).default('Corridor <no-reply@corridor.localhost>'),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long a sign-in session lasts without use, in hours. */
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  /** Mark cookies Secure. Defaults to true when PUBLIC_URL is https. */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  /** Largest accepted JSON request body, in bytes. */
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(1024 * 1024),
  /** Largest accepted attachment (PDF or image), in bytes. */
  ATTACHMENT_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /** Failed sign-ins allowed per email and per client address in a 15-minute window. */
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  /** How often the background job runner looks for due jobs, in seconds. */
  JOB_POLL_SECONDS: z.coerce.number().min(0.1).max(3600).default(15),
  /** Folder of the bilingual lexicon the docking engine uses to cross languages; `off` to run without it. */
  DOCKING_LEXICON: z.string().min(1).default('./data/lexicon'),
});

export type RawConfig = z.infer<typeof configSchema>;

/** The validated configuration the rest of the code receives. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: RawConfig['LOG_LEVEL'];
  sessionTtlHours: number;
  cookieSecure: boolean;
  bodyLimitBytes: number;
  attachmentLimitBytes: number;
  loginRateLimit: number;
  jobPollSeconds: number;
  /** Absolute path of the lexicon folder, or null when switched off. */
  dockingLexiconDir: string | null;
}

/** Raised when an environment variable has a bad value; its message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant: Record<string, string> = {};
  for (const key of Object.keys(configSchema.shape)) {
    const value = env[key];
    if (value !== undefined && value !== '') relevant[key] = value;
  }
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      return `  ${name}=${JSON.stringify(relevant[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const raw = parsed.data;
  const publicUrl = (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, '');
  return {
    port: raw.PORT,
    host: raw.HOST,
    databaseUrl: raw.DATABASE_URL,
    dataDir: path.resolve(raw.CORRIDOR_DATA_DIR),
    publicUrl,
    smtpUrl: raw.SMTP_URL,
    mailFrom: raw.MAIL_FROM,
    logLevel: raw.LOG_LEVEL,
    sessionTtlHours: raw.SESSION_TTL_HOURS,
    cookieSecure: raw.COOKIE_SECURE ? raw.COOKIE_SECURE === 'true' : publicUrl.startsWith('https:'),
    bodyLimitBytes: raw.BODY_LIMIT_BYTES,
    attachmentLimitBytes: raw.ATTACHMENT_LIMIT_BYTES,
    loginRateLimit: raw.LOGIN_RATE_LIMIT,
    jobPollSeconds: raw.JOB_POLL_SECONDS,
    dockingLexiconDir: raw.DOCKING_LEXICON === 'off' ? null : path.resolve(raw.DOCKING_LEXICON),
  };
}
