import { reply } from './reply.js';
import type { Step } from './step.js';

// `charset="UTF-8"`, `charset=utf8`: the parameter of a Content-Type, quoted or not.
const CHARSET = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i;

/**
 * A request body is read as UTF-8, so one whose Content-Type names another charset is refused
 * with 415 instead of being decoded wrongly (GraphQL over HTTP: servers should refuse what they
 * cannot decode). No charset parameter means UTF-8, as JSON requires.
 */
export function useUtf8Charset(): Step {
  return ({ req, res }, next) => {
    const match = CHARSET.exec(req.headers['content-type'] ?? '');
    const charset = (match?.[1] ?? match?.[2])?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      reply(
        res,
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'request bodies must be UTF-8 (charset=utf-8, or no charset)',
      );
      req.resume();
      return;
    }
    return next();
  };
}
