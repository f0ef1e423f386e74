/**
 * Sends a request to the service worker and returns its typed answer. Apart from messages.ts so
 * the pages and the content script import only its types, not zod.
 */
import type { Answers, Request } from './messages'

export function ask<T extends Request['type']>(
  request: Extract<Request, { type: T }>,
): Promise<Answers[T]> {
  return chrome.runtime.sendMessage(request)
}
