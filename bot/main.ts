import { loadConfigOrExit } from './config.js';
import { createLogger } from './logger.js';
import { createApp } from './app.js';
import { printStartup } from './banner.js';

// `npm start`: reads the environment, starts every configured channel (the web chat always),
// and stops cleanly on SIGTERM/SIGINT.

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger({ level: config.LOG_LEVEL });
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason instanceof Error ? { name: reason.name, message: reason.message } : String(reason) }, 'unhandled rejection');
  });

  const app = await createApp(config, logger);

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
  // Last: whoever reads this block may stop the bot at once, and the signal handlers are in place.
  printStartup(app, process.stdout, process.stderr);
}

main().catch((err) => {
  console.error('Không khởi động được / failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
