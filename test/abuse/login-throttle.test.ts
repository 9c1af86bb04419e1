// Console login throttling: guessing from one address slows down and stops, but never locks the officer
// out from their own address; rotating addresses does not buy unlimited guesses either.
import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from '../../bot/web/login-throttle.js';

function clock() {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('login throttle', () => {
  it('gives a pair a few free tries, then a wait that doubles after every further failure', () => {
    const c = clock();
    const th = createLoginThrottle({ now: c.now, freeFailures: 3, baseDelayMs: 1000 });
    for (let i = 0; i < 2; i++) th.fail('nguyen.a', '203.0.113.5');
    expect(th.waitMs('nguyen.a', '203.0.113.5')).toBe(0);
    th.fail('nguyen.a', '203.0.113.5');
    expect(th.waitMs('nguyen.a', '203.0.113.5')).toBe(1000);
    c.advance(1000);
    th.fail('nguyen.a', '203.0.113.5');
    expect(th.waitMs('nguyen.a', '203.0.113.5')).toBe(2000);
    c.advance(2000);
    th.fail('nguyen.a', '203.0.113.5');
    expect(th.waitMs('nguyen.a', '203.0.113.5')).toBe(4000);
  });

  it('an attacker failing on an officer’s login from another address never makes the officer wait', () => {
    const c = clock();
    const th = createLoginThrottle({ now: c.now });
    for (let i = 0; i < 15; i++) th.fail('nguyen.a', '203.0.113.66');
    expect(th.waitMs('nguyen.a', '203.0.113.66')).toBeGreaterThan(0);
    expect(th.waitMs('nguyen.a', '198.51.100.20')).toBe(0);
  });

  it('limits one address over all the accounts it names', () => {
    const c = clock();
    const th = createLoginThrottle({ now: c.now, addressFailures: 20, windowMs: 60_000 });
    for (let i = 0; i < 20; i++) th.fail(`canbo${i}`, '203.0.113.7');
    expect(th.waitMs('chua.thu', '203.0.113.7')).toBeGreaterThan(0);
    expect(th.waitMs('chua.thu', '203.0.113.8')).toBe(0);
    c.advance(60_000);
    expect(th.waitMs('chua.thu', '203.0.113.7')).toBe(0);
  });

  it('form failures without an account count against the address', () => {
    const c = clock();
    const th = createLoginThrottle({ now: c.now, addressFailures: 5 });
    for (let i = 0; i < 5; i++) th.fail(undefined, '203.0.113.9');
    expect(th.waitMs('nguyen.a', '203.0.113.9')).toBeGreaterThan(0);
  });

  it('guesses from rotating addresses stop at the account limit, except from an address the officer logged in from', () => {
    const c = clock();
    const th = createLoginThrottle({ now: c.now, accountFailures: 50 });
    th.succeed('nguyen.a', '198.51.100.20');
    for (let i = 0; i < 50; i++) th.fail('nguyen.a', `10.0.${i}.1`);
    expect(th.waitMs('nguyen.a', '10.9.9.9')).toBeGreaterThan(0);
    expect(th.waitMs('nguyen.a', '198.51.100.20')).toBe(0);
    expect(th.waitMs('tran.b', '10.9.9.9')).toBe(0);
  });

  it('a success starts the pair afresh', () => {
    const c = clock();
    const th = createLoginThrottle({ now: c.now });
    for (let i = 0; i < 3; i++) th.fail('nguyen.a', '198.51.100.20');
    c.advance(th.waitMs('nguyen.a', '198.51.100.20'));
    th.succeed('nguyen.a', '198.51.100.20');
    th.fail('nguyen.a', '198.51.100.20');
    expect(th.waitMs('nguyen.a', '198.51.100.20')).toBe(0);
  });
});
