import { RENAMED_ROUTES, ROUTES } from '../routes';
import type { MockRoute } from '../routes';

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

const pathOf = (path: string) =>
  path.includes('{deviceId}')
    ? (deviceId: string) => path.replace('{deviceId}', encodeURIComponent(deviceId))
    : path;
const routePaths = Object.fromEntries(ROUTES.map(({ route, path }) => [route, path])) as Record<
  MockRoute,
  string
>;
const namedPaths: [name: string, path: string][] = [
  ...Object.entries(routePaths),
  ...Object.entries(RENAMED_ROUTES).map(([before, now]): [string, string] => [
    before,
    routePaths[now],
  ]),
];
/**
 * The paths the mock serves (below `/identity`), made from its own route table, so a new route appears here
 * by itself: `mockPaths.emailCodeVerify`, `mockPaths.smsDisableVerify(deviceId)` (the id percent-encoded, as
 * the client sends it).
 */
export const mockPaths = Object.freeze(
  Object.fromEntries(namedPaths.map(([name, path]) => [camelCase(name), pathOf(path)])),
) as unknown as MockPaths; // the same names, camel-cased, as the type derives them
