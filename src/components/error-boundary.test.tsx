import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './error-boundary.tsx';

// No DOM in unit tests: drive the boundary's own lifecycle as React would.
describe('ErrorBoundary', () => {
  const make = () => {
    const fallback = vi.fn((retry: () => void, error: unknown) => <p onClick={retry}>fallback: {String(error)}</p>);
    const boundary = new ErrorBoundary({ fallback, children: <p>card</p> });
    boundary.setState = (next) => Object.assign(boundary.state, next);
    return { boundary, fallback };
  };

  it('renders its children while nothing has thrown', () => {
    const { boundary } = make();
    expect(renderToStaticMarkup(<>{boundary.render()}</>)).toBe('<p>card</p>');
  });

  it('renders the fallback after a child throws, and the children again on retry', () => {
    const { boundary, fallback } = make();
    Object.assign(boundary.state, ErrorBoundary.getDerivedStateFromError(new Error('boom')));
    expect(renderToStaticMarkup(<>{boundary.render()}</>)).toBe('<p>fallback: Error: boom</p>');
    const retry = fallback.mock.calls[0]?.[0];
    retry?.();
    expect(renderToStaticMarkup(<>{boundary.render()}</>)).toBe('<p>card</p>');
  });
});
