import { RENAMED_ROUTES, ROUTES } from '../routes';

type RouteDefinitions = (typeof ROUTES)[number];

/** `email-code-verify` → `emailCodeVerify`. */
type CamelCase<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<CamelCase<Tail>>}`
  : Name;

/** A fixed path as it is; a path with `{deviceId}` as a function of the device id. */
type PathOf<Path extends string> = Path extends `${string}{deviceId}${string}`
  ? (deviceId: string) => string
  : Path;

/** Every route of the mock by its camel-cased name: the path below `/identity`. */
export type MockPaths = {
  readonly [Definition in RouteDefinitions as CamelCase<Definition['route']>]: PathOf<
    Definition['path']
  >;
} & MockPathsBeforeRename;

/** The paths under their routes' names before issue #19. */
export interface MockPathsBeforeRename {
  /** @deprecated Use `mockPaths.authenticatorVerify`. */
  readonly totpVerify: string;
  /** @deprecated Use `mockPaths.authenticatorDeviceVerify`. */
  readonly totpDeviceVerify: (deviceId: string) => string;
}

const camelCase = (name: string): string =>
  name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/**
 * The paths the mock serves (below `/identity`), made from its own route table, so a new route appears here
 * by itself: `mockPaths.emailCodeVerify`, `mockPaths.smsDisableVerify(deviceId)` (the id percent-encoded, as
 * the client sends it).
 */
const paths: Record<string, unknown> = Object.fromEntries(
  ROUTES.map(({ route, path }) => [
    camelCase(route),
    path.includes('{deviceId}')
      ? (deviceId: string) => path.replace('{deviceId}', encodeURIComponent(deviceId))
      : path,
  ]),
);
for (const [name, route] of Object.entries(RENAMED_ROUTES)) {
  paths[camelCase(name)] = paths[camelCase(route)];
}
export const mockPaths = Object.freeze(paths) as MockPaths;
