import { describe, expect, it } from 'vitest';
import { onlyClaim as only, runClaims as run } from '../../../../tests/fixtures/extract-runs.js';

describe('extractClaims: kinds', () => {
  it.each([
    ['Tom Reyes denied that the army had shelled Marrow.', 'DENIAL'],
    ['Ada Vance accused the Red Brigade of looting the museum in Kestrel.', 'ACCUSATION'],
    ['The Daily Courier reported that the bridge in Marrow had reopened.', 'REPORT'],
    ['Ada Vance said that the bridge in Marrow had reopened.', 'REPORT'],
    ['Ada Vance said that the bridge in Marrow must reopen soon.', 'STATEMENT'],
  ])('reads %j as %s', (text, kind) => {
    expect(only(text).kind).toBe(kind);
  });
});

describe('extractClaims: credit', () => {
  it.each([
    [
      'According to the Eastmark Defence Ministry, Eastmark played a key role in the liberation of Kestrel.',
      ['act_eastmark'],
    ],
    [
      '“Such successes would have been impossible without Eastmark’s support,” said Ada Vance.',
      ['act_eastmark'],
    ],
    ['“We won thanks to Westland and Eastmark,” said Ada Vance.', ['act_westland', 'act_eastmark']],
    ['“The city was freed with the help of Westland,” said Ada Vance.', ['act_westland']],
    [
      '“This is new evidence of the success of the strategy pursued by the Northland Army and its allies in the war against the Red Brigade,” said Ada Vance.',
      ['act_northland_army'],
    ],
    [
      '“Eastmark’s military support and the military achievements of the Northland Army will end this war,” said Ada Vance.',
      ['act_eastmark', 'act_northland_army'],
    ],
    [
      'Eastmarkian reports stated that their airstrikes played a big role in the recapture of the city.',
      ['act_eastmark'],
    ],
    ['Tom Reyes congratulated Ada Vance on the victory over the Red Brigade.', ['act_ada_vance']],
  ])('credits the right actors in %j', (text, credited) => {
    const claim = only(text);
    expect(claim.kind).toBe('CREDIT');
    expect(claim.creditedIds).toEqual(credited);
  });

  it.each([
    ['“We will fight on in the war against the Red Brigade,” said Ada Vance.'],
    ['“Our victory over the Red Brigade was total,” said Ada Vance.'],
    [
      '“The effectiveness of this strategy stands out as opposed to the Westland coalition and the little it has achieved,” said Ada Vance.',
    ],
  ])('never credits the defeated or contrasted side in %j', (text) => {
    const claim = only(text);
    expect(claim.creditedIds).not.toContain('act_red_brigade');
    expect(claim.creditedIds).not.toContain('act_westland');
    expect(claim.kind).not.toBe('CREDIT');
  });

  it('makes reported speech inside a quote a claim of its own, relayed by the quoted speaker', () => {
    const { claims } = run(
      '“Vance valued the help and underlined that the recapture of Kestrel would have been impossible without Eastmark’s support,” said Tom Reyes.',
    );
    const inner = claims.find((c) => c.claimantId === 'act_ada_vance');
    expect(inner).toMatchObject({
      kind: 'CREDIT',
      creditedIds: ['act_eastmark'],
      relayedByIds: ['act_tom_reyes'],
      direct: false,
    });
    const outer = claims.find((c) => c.claimantId === 'act_tom_reyes');
    expect(outer?.kind).toBe('REPORT');
    expect(outer?.creditedIds).toEqual([]);
  });
});

describe('extractClaims: about', () => {
  it('points at the event named in the claim', () => {
    const { claims, events } = run(
      'The Northland Army recaptured Kestrel from the Red Brigade. “The liberation of Kestrel is a great day,” said Ada Vance.',
    );
    const event = events.find((e) => e.label === 'Recapture of Kestrel')!;
    expect(claims[0]!.aboutIds).toContain(event.id);
    expect(claims[0]!.aboutIds).toContain('plc_kestrel');
  });

  it('points a credit claim naming no event at the article’s most reported event', () => {
    const { claims, events } = run(
      'The Northland Army recaptured Kestrel from the Red Brigade. The recapture of Kestrel was quick. ' +
        'The Red Brigade destroyed the Old Gate. “This is an important achievement thanks to Westland,” said Ada Vance.',
    );
    const event = events.find((e) => e.label === 'Recapture of Kestrel')!;
    expect(claims[0]!.kind).toBe('CREDIT');
    expect(claims[0]!.aboutIds[0]).toBe(event.id);
  });
});

describe('extractClaims: identity and evidence', () => {
  it('gives the same quote reported by two outlets one id', () => {
    const a = run('“The city is now fully ours again,” said Ada Vance.', 'art_a');
    const b = run('Officials were jubilant. Ada Vance said: "The city is now fully ours again."', 'art_b');
    expect(a.claims[0]!.id).toBe(b.claims[0]!.id);
    expect(a.claimReports[0]!.evidence.articleId).toBe('art_a');
    expect(b.claimReports[0]!.evidence.articleId).toBe('art_b');
  });

  it('gives the same words said by someone else another id', () => {
    const a = run('“The city is now fully ours again,” said Ada Vance.');
    const b = run('“The city is now fully ours again,” said Tom Reyes.');
    expect(a.claims[0]!.id).not.toBe(b.claims[0]!.id);
  });

  it('gives reports the quote offsets, sentence, extractor and version', () => {
    const { claimReports, text } = run('Fighting ended. “The city is now fully ours again,” said Ada Vance.');
    const evidence = claimReports[0]!.evidence;
    expect(text.slice(evidence.start, evidence.end)).toBe('The city is now fully ours again');
    expect(evidence).toMatchObject({
      sentenceIndex: 1,
      extractor: 'rules/claims',
      extractorVersion: '9.9.9-test',
    });
  });

  it('returns the same claims on every run', () => {
    const text =
      'According to the Eastmark Defence Ministry, Eastmark played a key role in the liberation of Kestrel. ' +
      '“We won thanks to Westland,” said Ada Vance. Tom Reyes said that the city would be rebuilt.';
    expect(JSON.stringify(run(text))).toBe(JSON.stringify(run(text)));
    expect(run(text).claims.length).toBe(3);
  });
});
