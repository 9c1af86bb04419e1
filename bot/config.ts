import { z } from 'zod';
import { passwordProblem } from '../handlers/accounts/password.js';
import { DEFAULT_BURST_PER_MINUTE } from '../handlers/conversation/burst.js';

// Every setting comes from the environment (see .env.example). A wrong value stops the start
// with a message that names the variable.

const idList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

const optionalUrl = optionalString.pipe(z.url({ protocol: /^https?$/ }).optional());

const provinceSlug = optionalString.pipe(
  z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'phải là mã tỉnh viết thường, không dấu, nối bằng gạch ngang (ví dụ quang-nam)')
    .optional(),
);

const workingHours = optionalString.pipe(
  z
    .string()
    .regex(/^\d{1,2}-\d{1,2}(,[1-7](-[1-7])?)?$/, 'dạng giờ-giờ[,thứ-thứ], ví dụ 7-17,1-5 (1 = thứ Hai)')
    .optional(),
);

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    KNOWLEDGE_DIR: optionalString,
    // Behind a reverse proxy: how many proxies (counted from the right of X-Forwarded-For) are ours.
    // 0/false: the socket address is the client; true = 1.
    TRUST_PROXY: optionalString.pipe(
      z
        .string()
        .regex(/^(true|false|\d{1,2})$/i, 'là true, false hoặc số proxy tin cậy (ví dụ 1)')
        .optional()
        .transform((v) => (v === undefined || /^false$/i.test(v) ? 0 : /^true$/i.test(v) ? 1 : Number(v))),
    ),
    // Public address of the web chat and console (e.g. https://bot.example.gov.vn); its host is allowed in Host headers.
    PUBLIC_URL: optionalUrl,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    TELEGRAM_BOT_TOKEN: optionalString.pipe(
      z
        .string()
        .regex(/^\d+:[\w-]+$/, 'không đúng dạng <số>:<chuỗi> của BotFather')
        .optional(),
    ),
    TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
    TELEGRAM_WEBHOOK_URL: optionalUrl,
    TELEGRAM_WEBHOOK_SECRET: optionalString.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,256}$/, 'chỉ gồm A-Z, a-z, 0-9, _ và -, tối đa 256 ký tự')
        .optional(),
    ),
    OFFICER_TELEGRAM_IDS: idList,
    OFFICER_TELEGRAM_CHAT_ID: optionalString.pipe(
      z
        .string()
        .regex(/^-?\d+$/, 'phải là mã số nhóm Telegram')
        .optional(),
    ),

    ZALO_BOT_TOKEN: optionalString,
    ZALO_API_ROOT: z.url().default('https://bot-api.zaloplatforms.com'),
    ZALO_WEBHOOK_URL: optionalUrl,
    ZALO_WEBHOOK_SECRET: optionalString.pipe(z.string().min(8).max(256).optional()),
    OFFICER_ZALO_IDS: idList,

    OFFICER_WEB_PASSWORD: optionalString.pipe(
      z
        .string()
        .superRefine((v, ctx) => {
          const problem = passwordProblem(v);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        })
        .optional(),
    ),
    CONSOLE_SESSION_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(12),
    CONSOLE_IDLE_MINUTES: z.coerce
      .number()
      .positive()
      .max(24 * 60)
      .default(30),
    // New cases a minute announced one by one; above it officers get an alert, then one summary a minute (cases are still stored).
    CASE_BURST_PER_MINUTE: z.coerce.number().int().positive().default(DEFAULT_BURST_PER_MINUTE),
    // Web chat posts per client address (token bucket: a burst, then a steady rate); many people may share one address.
    WEB_ADDRESS_BURST: z.coerce.number({ message: 'phải là số tin' }).int('phải là số nguyên').min(1, 'ít nhất 1').max(100_000).default(60),
    WEB_ADDRESS_PER_SECOND: z.coerce.number({ message: 'phải là số tin mỗi giây' }).positive('phải lớn hơn 0').max(10_000).default(3),
    DEFAULT_PROVINCE: provinceSlug,
    CASE_REANNOUNCE_MINUTES: z.coerce.number().positive().default(15),
    WORKING_HOURS: workingHours,
    // 32 bytes as 64 hex characters or base64; checked again (and decoded) by handlers/cases/crypto.ts.
    DATA_ENCRYPTION_KEY: optionalString.pipe(
      z
        .string()
        .refine(
          (v) =>
            /^[0-9a-fA-F]{64}$/.test(v) ||
            (/^[A-Za-z0-9+/_-]{42,44}={0,2}$/.test(v) && Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64').length === 32),
          'phải là khóa 32 byte: 64 ký tự hex hoặc chuỗi base64 (tạo bằng: openssl rand -base64 32)',
        )
        .optional(),
    ),
    RETENTION_DAYS: z.coerce
      .number({ message: 'phải là số ngày (0 = giữ mãi)' })
      .int('phải là số nguyên')
      .min(0, 'không được âm')
      .default(365),

    BACKUP_DIR: optionalString,
    BACKUP_EVERY_HOURS: z.coerce.number({ message: 'phải là số giờ' }).positive('phải lớn hơn 0').default(24),
    BACKUP_KEEP: z.coerce.number({ message: 'phải là số bản sao lưu' }).int('phải là số nguyên').min(1, 'giữ ít nhất 1 bản').default(14),
    METRICS_TOKEN: optionalString.pipe(z.string().min(16, 'cần ít nhất 16 ký tự (tạo bằng: openssl rand -hex 24)').optional()),

    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalUrl,
    LLM_MODEL: optionalString,
    EMBEDDING_MODEL: optionalString,
    LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(15000),
  })
  .superRefine((c, ctx) => {
    if (c.TELEGRAM_WEBHOOK_URL && !c.TELEGRAM_WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_WEBHOOK_SECRET'], message: 'bắt buộc khi đặt TELEGRAM_WEBHOOK_URL' });
    }
    if (c.ZALO_WEBHOOK_URL && !c.ZALO_WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['ZALO_WEBHOOK_SECRET'], message: 'bắt buộc khi đặt ZALO_WEBHOOK_URL' });
    }
    if ((c.LLM_MODEL || c.EMBEDDING_MODEL) && !c.OPENAI_BASE_URL && !c.OPENAI_API_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['OPENAI_BASE_URL'],
        message: 'cần OPENAI_BASE_URL hoặc OPENAI_API_KEY khi đặt LLM_MODEL/EMBEDDING_MODEL',
      });
    }
  });

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {
  constructor(
    public readonly variables: string[],
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${String(i.path[0] ?? '?')}: ${i.message}`);
  const names = [...new Set(result.error.issues.map((i) => String(i.path[0] ?? '?')))];
  throw new ConfigError(names, `Cấu hình không hợp lệ / invalid configuration:\n${lines.join('\n')}`);
}

/** For command-line entry points: the configuration, or the bad variables named on stderr and exit code 2. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

/** True when an LLM is configured for answers. */
export function llmEnabled(c: Config): boolean {
  return Boolean(c.LLM_MODEL && (c.OPENAI_BASE_URL || c.OPENAI_API_KEY));
}

/** Parses WORKING_HOURS (`7-17,1-5`) into hours and ISO weekdays (1 = Monday). */
export function parseWorkingHours(v: string | undefined): { start: number; end: number; days: number[] } | undefined {
  if (!v) return undefined;
  const [hours, days = '1-5'] = v.split(',');
  const [start, end] = hours.split('-').map(Number);
  const [d0, d1 = d0] = days.split('-').map(Number);
  const list: number[] = [];
  for (let d = d0; d <= d1; d++) list.push(d);
  return { start, end, days: list };
}
