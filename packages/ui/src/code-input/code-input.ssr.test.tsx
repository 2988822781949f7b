// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CodeInput } from './code-input.js';

describe('CodeInput on the server', () => {
  it('renders its input and slots without a DOM', () => {
    const html = renderToString(
      <CodeInput aria-label="Verification code" defaultValue="12a3" webOtp />,
    );
    expect(html).toContain('autoComplete="one-time-code"');
    expect(html).toContain('value="123"');
    expect(html.match(/class="mfa-code__slot"/g)).toHaveLength(6);
  });
});
