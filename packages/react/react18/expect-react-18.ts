// Fails every test file of a React 18 project ('react18', 'browser-react18') unless React 18 is what actually
// renders: the renderer and the react every other module sees (react-query, react-hook-form, testing-library) must
// be the same 18.x copy.
import { version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';

if (!reactVersion.startsWith('18.') || reactDomVersion !== reactVersion) {
  throw new Error(
    `a React 18 project runs React ${reactVersion} with react-dom ${reactDomVersion}: check how its config resolves them.`,
  );
}
