/**
 * Sign-in of the API (`--auth jwt`): a bearer JWT verified by `jose` (never by hand), the
 * seed's roles, and the row-level scope the token carries. Every refusal is an
 * {@link AuthRefusal}: a 401/403 problem document with an RFC 6750 `WWW-Authenticate` header
 * that says why in our words, never echoing the token.
 */
import type { IncomingMessage } from 'node:http';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { SCOPE_CLAIM } from '../../src/data/contract.ts';
import { Refusal } from './problem.ts';
import { parseScope, scopeHash, type Scope } from './scope.ts';

/** The seed's roles ("Juiste rollen", DOMAIN.md "Who may see it"): the only ones that read. */
export const SEED_ROLES = ['global-admin', 'admin-agent', 'report-viewer', 'executive-report-viewer'] as const;
/** Longest `Authorization` header read; longer ones are refused before any work. */
export const MAX_AUTHORIZATION_BYTES = 8192;

const HMAC = ['HS256', 'HS384', 'HS512'];
/** Public-key algorithms of a JWKS (`Ed25519` is the newer name of EdDSA over that curve). */
const PUBLIC_KEY = ['RS256', 'ES256', 'EdDSA', 'Ed25519'];

/** How tokens are verified and what they must carry (the `--jwt-*` flags of server/main.ts). */
export interface AuthOptions {
  /** Shared secret of HS256/384/512 tokens. */
  secret?: Uint8Array;
  /** Public keys (RS256, ES256, EdDSA); a token's `kid` picks one. */
  jwks?: JSONWebKeySet;
  /** Where the public keys are published: fetched, cached, refetched on an unknown `kid` (rate-limited). */
  jwksUrl?: URL;
  /** Required `iss`. */
  issuer?: string;
  /** Required `aud` (one of the token's). */
  audience?: string;
  /** Seconds of clock skew allowed on `exp`, `nbf`, `iat` (default 30). */
  clockTolerance?: number;
  /** The claim listing the user's roles (default `roles`). */
  rolesClaim?: string;
  /** Roles that may download the raw rows (default: the seed's four). */
  exportRoles?: readonly string[];
  /** Seconds a remote JWKS may be refetched at most once in (default 30). */
  jwksCooldown?: number;
}

/** Who is asking, as the verified token says. */
export interface Principal {
  subject: string;
  roles: string[];
  /** Filters the user is locked to; null when the token carries none (all rows). */
  scope: Scope | null;
  /** Short hash of the scope (audit lines, cache keys); `-` without one. */
  scopeHash: string;
  /** Whether the user may download the raw rows. */
  mayExport: boolean;
}

/** RFC 6750 error codes. */
type BearerError = 'invalid_token' | 'insufficient_scope' | null;

/** A refused sign-in: 401 (no or bad token) or 403 (a good token that may not read this). */
export class AuthRefusal extends Refusal {
  constructor(status: 401 | 403, reason: string, error: BearerError = status === 403 ? 'insufficient_scope' : 'invalid_token') {
    const challenge = ['Bearer realm="insights"'];
    if (error) challenge.push(`error="${error}"`, `error_description="${headerSafe(reason)}"`);
    super(status, `${capitalize(reason)}.`, undefined, { 'WWW-Authenticate': challenge.join(', ') });
    this.name = 'AuthRefusal';
  }
}

/** Verifies a request's bearer token; resolves its {@link Principal} or throws an {@link AuthRefusal}. */
export type Authenticator = (req: IncomingMessage) => Promise<Principal>;

/** The authenticator of `options`; throws when it names no key at all. */
export function createAuthenticator(options: AuthOptions): Authenticator {
  const { secret, jwks, jwksUrl, issuer, audience, clockTolerance = 30, rolesClaim = 'roles' } = options;
  if (!secret && !jwks && !jwksUrl) throw new Error('--auth jwt needs a key: --jwt-secret-file, --jwks-file or --jwks-url');
  const exportRoles = new Set(options.exportRoles ?? SEED_ROLES);
  const local = jwks && createLocalJWKSet(jwks);
  const remote =
    jwksUrl &&
    createRemoteJWKSet(jwksUrl, {
      cooldownDuration: (options.jwksCooldown ?? 30) * 1000,
      cacheMaxAge: 10 * 60 * 1000,
      timeoutDuration: 5000,
    });
  // The algorithm picks the key's kind, so an HMAC token is never checked against a public key.
  const getKey: JWTVerifyGetKey = async (header, token) => {
    if (HMAC.includes(header.alg ?? '')) {
      if (secret) return secret;
      throw new errors.JOSEAlgNotAllowed('no shared secret is configured');
    }
    if (local) {
      try {
        return await local(header, token);
      } catch (error) {
        if (!remote || !(error instanceof errors.JWKSNoMatchingKey)) throw error;
      }
    }
    if (remote) return remote(header, token);
    throw new errors.JOSEAlgNotAllowed('no public keys are configured');
  };
  const algorithms = [...(secret ? HMAC : []), ...(jwks || jwksUrl ? PUBLIC_KEY : [])];

  return async (req) => {
    const token = bearerToken(req);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        algorithms,
        issuer,
        audience,
        clockTolerance,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw new AuthRefusal(401, whyRefused(error));
    }
    // jose checks `iat` only against a maximum age; a token from the future is a broken clock or a forgery.
    if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + clockTolerance) {
      throw new AuthRefusal(401, 'the token was issued in the future (iat)');
    }
    const roles = rolesOf(payload, rolesClaim);
    const scope = scopeOf(payload);
    return {
      subject: typeof payload.sub === 'string' ? payload.sub : '',
      roles,
      scope,
      scopeHash: scopeHash(scope),
      mayExport: roles.some((role) => exportRoles.has(role)),
    };
  };
}

/** The token of `Authorization: Bearer …`; refuses a missing, oversized or other-scheme header. */
function bearerToken(req: IncomingMessage): string {
  const header = req.headers.authorization;
  if (header === undefined || header === '') {
    throw new AuthRefusal(401, 'sign in: send the token as "Authorization: Bearer <token>"', null);
  }
  if (header.length > MAX_AUTHORIZATION_BYTES) {
    throw new AuthRefusal(401, `the Authorization header is longer than ${MAX_AUTHORIZATION_BYTES} bytes: send a shorter token`);
  }
  const match = /^Bearer +([^ ]+) *$/i.exec(header);
  if (!match) throw new AuthRefusal(401, 'the Authorization header is not "Bearer <token>"');
  return match[1]!;
}

/** Our words for what jose refused (its messages quote claims and may change between versions). */
function whyRefused(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired: get a fresh one';
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'exp':
        return 'the token has no valid expiry (exp)';
      case 'nbf':
        return 'the token is not valid yet (nbf)';
      case 'iat':
        return 'the token was issued in the future (iat)';
      case 'iss':
        return 'the token is from another issuer (iss)';
      case 'aud':
        return 'the token is meant for another audience (aud)';
      default:
        return 'a claim of the token is invalid';
    }
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return "the token's signing algorithm (alg) is not accepted here";
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of this server matches the token (kid)';
  if (error instanceof errors.JWSSignatureVerificationFailed) return "the token's signature does not match";
  if (error instanceof errors.JOSENotSupported) return 'the token uses a header (crit) or algorithm this server does not support';
  if (error instanceof errors.JWKSTimeout) return 'the signing keys could not be fetched in time: try again';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return 'the token is malformed';
  return 'the token cannot be verified';
}

/** The reading roles of the token; a token without one may not read the dashboard. */
function rolesOf(payload: JWTPayload, claim: string): string[] {
  const roles = payload[claim];
  if (roles === undefined) throw new AuthRefusal(403, `the token carries no roles (claim "${claim}")`);
  if (!Array.isArray(roles) || !roles.every((role) => typeof role === 'string')) {
    throw new AuthRefusal(401, `the token's "${claim}" claim is not a list of role names`);
  }
  const seed = new Set<string>(SEED_ROLES);
  if (!roles.some((role) => seed.has(role))) {
    throw new AuthRefusal(403, `none of the token's roles may read the dashboard (allowed: ${SEED_ROLES.join(', ')})`);
  }
  return roles as string[];
}

function scopeOf(payload: JWTPayload): Scope | null {
  try {
    return parseScope(payload[SCOPE_CLAIM]);
  } catch (error) {
    throw new AuthRefusal(401, `the token's "${SCOPE_CLAIM}" claim ${(error as Error).message}`);
  }
}

/** RFC 6750 allows no `"` or `\` (nor non-ASCII) inside a quoted parameter. */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, "'");
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
