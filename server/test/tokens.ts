/**
 * Keys and tokens for the sign-in tests: a shared secret, one public key pair per algorithm
 * the server accepts (published as a JWK Set with `kid`s), and helpers that sign good tokens
 * or build forged ones byte by byte.
 */
import { randomBytes } from 'node:crypto';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey, type JSONWebKeySet, type JWTPayload } from 'jose';

/** The issuer and audience every test server requires. */
export const ISSUER = 'https://portal.example';
export const AUDIENCE = 'insights';

export const PUBLIC_KEY_ALGS = ['RS256', 'ES256', 'EdDSA'] as const;
export const HMAC_ALGS = ['HS256', 'HS384', 'HS512'] as const;
export type Alg = (typeof PUBLIC_KEY_ALGS)[number] | (typeof HMAC_ALGS)[number];

export interface TestKeys {
  secret: Uint8Array;
  /** The public keys, each with `kid` = its algorithm. */
  jwks: JSONWebKeySet;
  /** Signs `payload` (plus iss, aud, iat, exp in 10 minutes unless given) with `alg`'s key. */
  sign(payload: JWTPayload, alg?: Alg, header?: Record<string, unknown>): Promise<string>;
  /** The RSA key's public key as PEM: what an attacker would HMAC with. */
  rsaPublicPem: string;
}

export async function testKeys(): Promise<TestKeys> {
  const secret = randomBytes(32);
  const pairs = {} as Record<(typeof PUBLIC_KEY_ALGS)[number], { privateKey: CryptoKey; publicKey: CryptoKey }>;
  const keys = [];
  for (const alg of PUBLIC_KEY_ALGS) {
    pairs[alg] = await generateKeyPair(alg, { extractable: true });
    keys.push({ ...(await exportJWK(pairs[alg].publicKey)), kid: alg, alg, use: 'sig' });
  }
  return {
    secret,
    jwks: { keys },
    rsaPublicPem: await exportSPKI(pairs.RS256.publicKey),
    sign: (payload, alg = 'HS256', header = {}) =>
      signWith(alg.startsWith('HS') ? secret : pairs[alg as (typeof PUBLIC_KEY_ALGS)[number]].privateKey, payload, alg, {
        ...(alg.startsWith('HS') ? {} : { kid: alg }),
        ...header,
      }),
  };
}

/** Signs with any key: the right claims unless `payload` overrides them (`exp: undefined` drops it). */
export function signWith(
  key: CryptoKey | Uint8Array,
  payload: JWTPayload,
  alg: string,
  header: Record<string, unknown> = {},
): Promise<string> {
  // jose signs a `crit` header only when told its extensions are understood.
  const crit = Array.isArray(header.crit) ? Object.fromEntries(header.crit.map((name: string) => [name, true])) : undefined;
  const now = Math.floor(Date.now() / 1000);
  const claims: JWTPayload = { iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 600, sub: 'user-1', ...payload };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  return new SignJWT(claims).setProtectedHeader({ alg, ...header }).sign(key, crit && { crit });
}

/** A new key pair of `alg`, unknown to the server. */
export async function strangerKey(alg: (typeof PUBLIC_KEY_ALGS)[number] = 'RS256'): Promise<CryptoKey> {
  return (await generateKeyPair(alg)).privateKey;
}

export const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A token with `header` and `payload` and the given signature segment (unsigned by default). */
export function rawToken(header: object, payload: object, signature = ''): string {
  return `${b64(header)}.${b64(payload)}.${signature}`;
}
