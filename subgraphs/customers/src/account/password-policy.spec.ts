import { isCommonPassword, passwordProblem, PASSWORD_MAX_LENGTH } from './password-policy';

describe('password policy (NIST 800-63B)', () => {
  const context = { email: 'charlotte.ashworth@example.com', givenName: 'Charlotte', familyName: 'Ashworth' };
  const problem = (password: string) => passwordProblem(password, context);

  it('accepts long passwords of any composition, spaces and non-ASCII included', () => {
    for (const password of ['emerald cut in a platinum band', 'ταχίστη αλώπηξ βαφής', 'gs8#kq2!vz0p', 'sapphire-harbour-lantern']) {
      expect(problem(password)).toBeNull();
    }
  });

  it('counts characters, not bytes, and refuses outside 12..128', () => {
    expect(problem('short phrase')).toBeNull(); // 12
    expect(problem('shortphrase')).toMatch(/at least 12 characters/);
    expect(problem('日本語のパスワードです')).toMatch(/at least 12/); // 11 characters, 33 bytes
    const phrase =
      'the emerald was cut in hatton garden on a wet tuesday morning, then set in platinum by hand for a winter wedding in bath, okay?!';
    expect([...phrase]).toHaveLength(PASSWORD_MAX_LENGTH);
    expect(problem(phrase)).toBeNull();
    expect(problem(`${phrase}!`)).toMatch(/at most 128/);
  });

  it('refuses the common list and common words dressed with digits and symbols', () => {
    expect(isCommonPassword('emerald cut platinum')).toBe(false);
    expect(isCommonPassword('1QAZ2WSX3EDC')).toBe(true);
    expect(problem('1qaz2wsx3edc')).toMatch(/most commonly used/);
    expect(problem('Password2024!')).toMatch(/most commonly used/);
    expect(problem('!!sunshine1234')).toMatch(/most commonly used/);
  });

  it('refuses repetitions and sequences', () => {
    expect(problem('aaaaaaaaaaaa')).toMatch(/repeats/);
    expect(problem('zv9kzv9kzv9k')).toMatch(/repeats/);
    expect(problem('abcdefghijklmn')).toMatch(/repeats/);
    expect(problem('9876543210/.')).toMatch(/repeats/);
  });

  it('refuses passwords built on the account’s own address or name, but not a name inside a real phrase', () => {
    expect(problem('charlotteashworth')).toMatch(/name or email/);
    expect(problem('Ashworth2024!!!!')).toMatch(/name or email/);
    expect(problem('charlotte.ashworth@example.com')).toMatch(/name or email/);
    expect(problem('charlottepassword1')).toMatch(/name or email/);
    expect(problem('charlotte loves old emeralds')).toBeNull();
  });
});
