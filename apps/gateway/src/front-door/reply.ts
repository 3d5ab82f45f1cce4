import type { ServerResponse } from 'node:http';

export const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

/** Answers with a GraphQL-shaped error body whose code is from the closed set. */
export function reply(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...JSON_HEADERS, ...extra });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
