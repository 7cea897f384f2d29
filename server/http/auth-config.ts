/**
 * The sign-in flags of server/main.ts (`--auth`, `--jwt-*`, `--jwks-*`, `--roles-claim`,
 * `--export-roles`) turned into {@link AuthOptions}; every mistake is an Error in our words.
 */
import { readFileSync } from 'node:fs';
import type { JSONWebKeySet } from 'jose';
import { SEED_ROLES, type AuthOptions } from './auth.ts';

/** `--auth` modes: open (the default), verified tokens, or the demo's own short-lived tokens. */
export const AUTH_MODES = ['none', 'jwt', 'demo'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

/** Shortest HMAC secret accepted: HS256 needs 256 bits of key to be as strong as its hash. */
const MIN_SECRET_BYTES = 32;

/** The flags as parseArgs gives them. */
export interface AuthFlags {
  'jwt-secret-file'?: string;
  'jwks-file'?: string;
  'jwks-url'?: string;
  'jwt-issuer'?: string;
  'jwt-audience'?: string;
  'clock-tolerance'?: string;
  'roles-claim'?: string;
  'export-roles'?: string;
}

/** {@link AuthOptions} of `--auth jwt` from its flags; throws an Error naming the flag at fault. */
export function authOptionsOf(flags: AuthFlags): AuthOptions {
  const options: AuthOptions = {};
  if (flags['jwt-secret-file']) options.secret = readSecret(flags['jwt-secret-file']);
  if (flags['jwks-file']) options.jwks = readJwks(flags['jwks-file']);
  if (flags['jwks-url']) options.jwksUrl = jwksUrl(flags['jwks-url']);
  if (!options.secret && !options.jwks && !options.jwksUrl) {
    throw new Error('--auth jwt needs the keys tokens are signed with: --jwt-secret-file, --jwks-file and/or --jwks-url');
  }
  options.issuer = flags['jwt-issuer'] || undefined;
  options.audience = flags['jwt-audience'] || undefined;
  const tolerance = Number(flags['clock-tolerance'] ?? '30');
  if (!/^\d+$/.test(flags['clock-tolerance'] ?? '30') || tolerance > 600) {
    throw new Error(`--clock-tolerance must be whole seconds from 0 to 600, not "${flags['clock-tolerance']}"`);
  }
  options.clockTolerance = tolerance;
  if (flags['roles-claim']) options.rolesClaim = flags['roles-claim'];
  if (flags['export-roles'] !== undefined) options.exportRoles = exportRoles(flags['export-roles']);
  return options;
}

function readSecret(file: string): Uint8Array {
  let secret: Buffer;
  try {
    // A trailing line break is the editor's, not the secret's.
    secret = Buffer.from(readFileSync(file, 'utf8').replace(/\r?\n$/, ''), 'utf8');
  } catch (error) {
    throw new Error(`--jwt-secret-file ${file} cannot be read: ${(error as Error).message}`);
  }
  if (secret.length < MIN_SECRET_BYTES) {
    throw new Error(
      `--jwt-secret-file ${file} holds ${secret.length} bytes; an HMAC secret needs at least ${MIN_SECRET_BYTES} (e.g. openssl rand -base64 48)`,
    );
  }
  return secret;
}

function readJwks(file: string): JSONWebKeySet {
  let jwks: unknown;
  try {
    jwks = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--jwks-file ${file} is not a readable JSON file: ${(error as Error).message}`);
  }
  const keys = (jwks as { keys?: unknown })?.keys;
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every((key) => key && typeof key === 'object' && typeof key.kty === 'string')) {
    throw new Error(`--jwks-file ${file} is not a JWK Set: write {"keys": [{"kty": …, "kid": …, …}]}`);
  }
  // A private key does not belong on a server that only verifies.
  if (keys.some((key) => 'd' in key || key.kty === 'oct')) {
    throw new Error(
      `--jwks-file ${file} holds a private or secret key: give the public keys only (a shared secret goes in --jwt-secret-file)`,
    );
  }
  return jwks as JSONWebKeySet;
}

function jwksUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`--jwks-url "${value}" is not a URL: write e.g. https://login.portal.example/.well-known/jwks.json`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`--jwks-url must be an https:// URL, not "${value}"`);
  return url;
}

function exportRoles(value: string): string[] {
  const roles = value
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const seed = new Set<string>(SEED_ROLES);
  const unknown = roles.find((role) => !seed.has(role));
  if (roles.length === 0 || unknown !== undefined) {
    throw new Error(`--export-roles takes a comma-separated list of ${SEED_ROLES.join(', ')}${unknown ? `, not "${unknown}"` : ''}`);
  }
  return roles;
}
