import { createLogger, runService } from '@elysium/subgraph-kit/core';
import { env } from './env';
import { startMailSink } from './server';

runService('mail-sink', env.LOG_LEVEL, () =>
  startMailSink({ host: env.HOST, port: env.PORT, smtpPort: env.SMTP_PORT, log: createLogger('mail-sink', env.LOG_LEVEL) }),
);
