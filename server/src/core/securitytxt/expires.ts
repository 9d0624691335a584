// Expires values: RFC 3339 date-times, and the renewal quick fix shared by the date rules.

import type { Fix } from '../model';
import type { RuleContext } from '../rule';
import type { TxtField } from './parse';
import { DEFAULT_EXPIRES_DAYS, rfc3339 } from './generate';

const RFC3339_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** The instant an RFC 3339 date-time names, or undefined when it is not one. */
export function parseRfc3339(value: string): Date | undefined {
  const m = RFC3339_RE.exec(value);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || s! > 60) return undefined;
  if (new Date(Date.UTC(y!, mo! - 1, d!)).getUTCDate() !== d) return undefined;
  // Date takes neither a leap second nor more than millisecond precision: read those by hand.
  const fraction = (m[7] ?? '').slice(0, 4);
  const zone = m[8]!.toUpperCase();
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${s === 60 ? '59' : m[6]}${fraction}${zone}`);
  if (Number.isNaN(date.getTime())) return undefined;
  return s === 60 ? new Date(date.getTime() + 1000) : date;
}

/** A configured number of days from 1 to 365, or the default. */
function daysOr(days: number | undefined, fallback: number): number {
  return days !== undefined && Number.isInteger(days) && days >= 1 && days <= DEFAULT_EXPIRES_DAYS ? days : fallback;
}

export function expiresIn(ctx: RuleContext): number {
  return daysOr(ctx.options.expiresInDays, DEFAULT_EXPIRES_DAYS);
}

/** Days before Expires from which the file is due for renewal, unless configured. */
export const DEFAULT_RENEW_DAYS = 30;

/**
 * The renewal window: renewDays, but always shorter than expiresInDays, so that a file just
 * renewed is never due at once, however the two are set.
 */
export function renewWindow(ctx: RuleContext): number {
  return Math.min(daysOr(ctx.options.renewDays, DEFAULT_RENEW_DAYS), expiresIn(ctx) - 1);
}

/** Sets Expires to now plus the configured days. */
export function renewExpires(field: TxtField, ctx: RuleContext): Fix {
  const days = expiresIn(ctx);
  const value = rfc3339(new Date(ctx.now.getTime() + days * 86_400_000));
  return { title: `Renew Expires to ${value} (in ${days} days)`, edits: [{ ...field.valueSpan, newText: value }], isPreferred: true };
}
