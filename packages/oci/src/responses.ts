/**
 * Turning registry answers an operation cannot use into errors for people: the status, the
 * registry's own error code and message, and how many attempts it took.
 */
import { RegistryError, parseErrorBody, statusMessage } from './errors.js';
import type { RegistryErrorDetails } from './errors.js';
import type { HttpResponse } from './transport.js';

/** `MANIFEST_UNKNOWN: manifest unknown`, else the status line. */
export function explainResponse(response: HttpResponse): string {
  const body = parseErrorBody(response.body);
  if (body?.code && body.message) return `${body.code}: ${body.message}`;
  return (
    body?.message ??
    body?.code ??
    (`${response.status} ${response.statusText}`.trim() || 'no reason given')
  );
}

/** The error for an answer the operation cannot use; `doing` says what was being done. */
export function responseFailure(
  response: HttpResponse,
  details: RegistryErrorDetails,
  doing?: string,
): RegistryError {
  const code = parseErrorBody(response.body)?.code;
  let explanation = explainResponse(response);
  if (response.status === 403) explanation = `access denied (${explanation})`;
  if (doing) explanation = `${doing}: ${explanation}`;
  if (response.attempts > 1) explanation += ` (after ${response.attempts} attempts)`;
  return new RegistryError(statusMessage(response.status, details, explanation), {
    ...details,
    status: response.status,
    code,
  });
}
