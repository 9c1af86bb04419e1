import { loadConfigOrExit } from './config.js';
import { createLogger } from './logger.js';
import { createApp } from './app.js';

// `npm start`: reads the environment, starts every configured channel (the web chat always),
// and stops cleanly on SIGTERM/SIGINT.

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger({ level: config.LOG_LEVEL });
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason instanceof Error ? { name: reason.name, message: reason.message } : String(reason) }, 'unhandled rejection');
  });

  const app = await createApp(config, logger);
  // Printed to stdout (not the log) so the operator sees it once; it is never stored.
  console.log(`\nTrợ lý PCMBN đang chạy / running: ${app.url}`);
  console.log(`Bảng điều khiển cán bộ / officer console: ${app.url}/console`);
  if (app.oneTimePassword) console.log(`Mật khẩu chung của bảng điều khiển (cho lần chạy này) / console password for this run: ${app.oneTimePassword}\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error('Không khởi động được / failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
