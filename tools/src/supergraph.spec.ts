import { composeSupergraph, staleSchemaFiles } from './supergraph';

describe('schema/', () => {
  it('holds the SDL every subgraph serves and the supergraph composed from them (run `npm run compose`)', async () => {
    const composed = await composeSupergraph();
    expect(composed.files.size).toBe(7);
    expect(staleSchemaFiles(composed)).toEqual([]);
  });
});
