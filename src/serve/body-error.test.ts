import { describe, expect, it } from 'vitest';
import { bodyErrorJson } from './body-error.js';

describe('bodyErrorJson', () => {
  it.each([
    [413, /larger than 256kb; send a smaller query/],
    [400, /not valid JSON; send \{"query"/],
    [415, /not valid JSON; send \{"query"/],
  ])('answers status %i with a GraphQL-shaped BAD_USER_INPUT error', (status, message) => {
    const body = JSON.parse(bodyErrorJson(status)) as { errors: { message: string; extensions: unknown }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.message).toMatch(message);
    expect(body.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
