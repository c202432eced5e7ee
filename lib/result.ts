/**
 * The one answer of a domain function a member or an admin asked for
 * something: done (with what it made, and words to show, if any), or refused
 * with words the user reads and, when they concern one field of the form, its
 * name. Pure: route handlers, actions and scripts all read it.
 */
export type Result<T = void> = Done<T> | Refusal;
export type Done<T> = { ok: true; value: T; message?: string };
export type Refusal = { ok: false; message: string; field?: string };

export function done(): Done<void>;
export function done<T>(value: T, message?: string): Done<T>;
export function done<T>(value?: T, message?: string): Done<T | undefined> {
  return message === undefined ? { ok: true, value } : { ok: true, value, message };
}

export function refused(message: string, field?: string): Refusal {
  return field === undefined ? { ok: false, message } : { ok: false, message, field };
}
