import { http, HttpResponse, type RequestHandler } from 'msw';
import { ROUTES } from './routes';

/** The msw path of a route: any origin, any base path ending in `/identity`. */
export function mswPath(path: string): string {
  return `*/identity${path.replace('{deviceId}', ':deviceId')}`;
}

/**
 * msw handlers that hand every request to `handle`: one per route (so `server.use()` can override a route by its
 * path), then a catch-all so a wrong path or method under `/identity/resources` gets the mock's 404 or 405
 * instead of slipping through to a real server.
 */
export function createMswHandlers(
  handle: (request: Request) => Promise<Response>,
): RequestHandler[] {
  const resolve = async ({ request }: { request: Request }): Promise<Response> => {
    const response = await handle(request);
    return response.type === 'error' ? HttpResponse.error() : response;
  };
  return [
    ...ROUTES.map((definition) =>
      definition.method === 'GET'
        ? http.get(mswPath(definition.path), resolve)
        : http.post(mswPath(definition.path), resolve),
    ),
    http.all('*/identity/resources/*', resolve),
  ];
}
