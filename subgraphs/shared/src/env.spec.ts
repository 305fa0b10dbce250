import { z } from 'zod';
import { EnvError, baseEnv, flag, parseEnv, postgresUrl, secret } from './env';

const shape = { ...baseEnv, DATABASE_URL: postgresUrl, PORT: z.coerce.number().int(), SECRET: secret('test'), SEED: flag(false) };

describe('parseEnv', () => {
  it('given a malformed DATABASE_URL, names the variable and hides the password', () => {
    expect(() => parseEnv(shape, { DATABASE_URL: 'mysql://u:hunter2@db/x', PORT: '1' })).toThrow(EnvError);
    try {
      parseEnv(shape, { DATABASE_URL: 'mysql://u:hunter2@db/x', PORT: '1' });
    } catch (error) {
      const problems = (error as EnvError).problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^DATABASE_URL \("mysql:\/\/u:\*\*\*@db\/x"\): must be a URL like postgres:/);
      expect(problems[0]).not.toContain('hunter2');
    }
  });

  it('reports every problem at once', () => {
    try {
      parseEnv(shape, { DATABASE_URL: 'nope', PORT: 'abc', NODE_ENV: 'staging' });
      throw new Error('expected a failure');
    } catch (error) {
      expect((error as EnvError).problems.map((p) => p.split(' ')[0]).sort()).toEqual(['DATABASE_URL', 'NODE_ENV', 'PORT']);
    }
  });

  it('treats empty strings as unset and applies defaults', () => {
    const env = parseEnv(shape, { DATABASE_URL: 'postgres://localhost/x', PORT: '4001', SECRET: '', SEED: 'false' });
    expect(env).toMatchObject({ NODE_ENV: 'development', SEED: false, SECRET: 'dev-only-test-change-me' });
  });

  it('refuses development secrets in production', () => {
    expect(() => parseEnv(shape, { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', PORT: '1' })).toThrow(/SECRET .*real secret/);
    expect(
      parseEnv(shape, { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', PORT: '1', SECRET: 'a-real-long-secret-value' }).SECRET,
    ).toBe('a-real-long-secret-value');
  });
});
