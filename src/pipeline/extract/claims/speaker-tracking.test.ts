import { describe, expect, it } from 'vitest';
import { runClaims, WITH_ACME_HOLDINGS } from '../../../../tests/fixtures/extract-runs.js';

const claimsOf = (text: string) => runClaims(text, 'art_test', WITH_ACME_HOLDINGS).claims;

describe('extractClaims: speakers named by pronouns and noun phrases', () => {
  it.each([
    // text, claimant, claim text
    [
      'Ada Vance said the harbour would reopen in spring. The port has been shut since the storm. Boats have waited for weeks. "We will not wait any longer for the council," she added.',
      'act_ada_vance',
      'We will not wait any longer for the council',
    ],
    [
      'Ada Vance lost to Northland\'s Tom Reyes in the final. "I have to keep going after this," she said.',
      'act_ada_vance',
      'I have to keep going after this',
    ],
    [
      'Shares in Acme Holdings fell after it said profits would halve this year.',
      'act_acme',
      'profits would halve this year',
    ],
    [
      'Acme Holdings reported a loss. The firm said its new plant would open next year.',
      'act_acme',
      'its new plant would open next year',
    ],
    [
      'Acme Holdings said sales were weak. Costs would rise again next year, it added.',
      'act_acme',
      'Costs would rise again next year',
    ],
    [
      'A Northland Army spokesman said the road was open again. "We have cleared every mine on it," he said.',
      'act_northland_army',
      'We have cleared every mine on it',
    ],
    [
      'Tom Reyes, a Northland Army officer, said the bridge had been repaired.',
      'act_tom_reyes',
      'the bridge had been repaired',
    ],
    [
      'Ada Vance, who led the Red Brigade for a decade, said the talks had failed.',
      'act_ada_vance',
      'the talks had failed',
    ],
    [
      'Ada Vance is in hospital after a fall. The presenter said that she is hopeful of a quick return.',
      'act_ada_vance',
      'she is hopeful of a quick return',
    ],
    [
      'Ada Vance said she was surprised Tom Reyes was still in charge. "He should have left by now," she said.',
      'act_ada_vance',
      'He should have left by now',
    ],
    [
      'Tom Reyes said that when Omar Hale had announced the move he was surprised. He added the council would vote again.',
      'act_tom_reyes',
      'the council would vote again',
    ],
    [
      'Shares in Westland fell when Acme Holdings, a big customer (24% of sales), hinted it might buy machines elsewhere.',
      'act_acme',
      'it might buy machines elsewhere',
    ],
    [
      'Westland said exports were weak. Later figures came from the Eastmark Defence Ministry. Spending fell in May, the ministry said.',
      'act_eastmark_defence',
      'Spending fell in May',
    ],
    [
      'Ada Vance scored twice. "We played well all afternoon," said the 22-year-old after the match.',
      'act_ada_vance',
      'We played well all afternoon',
    ],
  ])('attributes %j', (text, claimant, claimText) => {
    expect(claimsOf(text).map((c) => [c.claimantId, c.text])).toContainEqual([claimant, claimText]);
  });

  it('makes no claim of a reporting verb inside a condition', () => {
    const claims = claimsOf('Tom Reyes will resign if the Red Brigade says the harbour is lost.');
    expect(claims.map((c) => c.text)).not.toContain('the harbour is lost');
  });

  it.each([
    ['Ada Vance said the plan was sound. A Zedland spokeswoman said the plan had failed completely.'],
    ['Ada Vance wrote to the Red Brigade. The group replied that the talks were over for good.'],
  ])('gives no claim to an earlier speaker in %j', (text) => {
    const second = claimsOf(text).filter((c) => /failed|over/.test(c.text));
    expect(second.map((c) => c.claimantId)).not.toContain('act_ada_vance');
  });
});

describe('extractClaims: attribution shapes', () => {
  it.each([
    [
      'Ada Vance said the council had received "very few complaints" about the plan.',
      'act_ada_vance',
      'the council had received "very few complaints" about the plan',
    ],
    [
      'Acme Holdings said profits were below forecasts but stressed that its new shops were doing well.',
      'act_acme',
      'profits were below forecasts',
    ],
    [
      'Acme Holdings said profits were below forecasts but stressed that its new shops were doing well.',
      'act_acme',
      'its new shops were doing well',
    ],
    [
      'Ada Vance said her client would appeal. "This is the only way left to us."',
      'act_ada_vance',
      'This is the only way left to us.',
    ],
    [
      'Acme Holdings said Friday it is planning a share sale in October.',
      'act_acme',
      'it is planning a share sale in October',
    ],
    [
      'The Northland Army (NA) said the coast road would reopen soon.',
      'act_northland_army',
      'the coast road would reopen soon',
    ],
    [
      'Acme Holdings announced it was buying three rival shops.',
      'act_acme',
      'it was buying three rival shops',
    ],
    [
      'Tom Reyes praised the courage of the rescue crews in the storm.',
      'act_tom_reyes',
      'the courage of the rescue crews in the storm',
    ],
  ])('attributes %j', (text, claimant, claimText) => {
    expect(claimsOf(text).map((c) => [c.claimantId, c.text])).toContainEqual([claimant, claimText]);
  });

  it.each([
    [
      'Acme Holdings will close two plants next year, the Daily Courier quoted officials as saying.',
      'act_daily_courier',
      'Acme Holdings will close two plants next year',
    ],
    [
      'The Daily Courier quoted Tom Reyes as saying the bridge would stay shut.',
      'act_tom_reyes',
      'the bridge would stay shut',
    ],
    [
      'Ada Vance condemned the raid on the harbour, telling Tom Reyes, "We will rebuild every house."',
      'act_ada_vance',
      'We will rebuild every house.',
    ],
    [
      'Ada Vance said the harbour was safe, suggesting that the fleet could sail within days.',
      'act_ada_vance',
      'the fleet could sail within days',
    ],
    [
      'Omar Hale is hopeful about the talks, although Tom Reyes believes Westland will walk away.',
      'act_tom_reyes',
      'Westland will walk away',
    ],
    [
      'Tom Reyes missed the vote and claimed to have been held up at the border.',
      'act_tom_reyes',
      'to have been held up at the border',
    ],
  ])('attributes the relayed or participle claim in %j', (text, claimant, claimText) => {
    expect(claimsOf(text).map((c) => [c.claimantId, c.text])).toContainEqual([claimant, claimText]);
  });

  it('makes one claim per sentence of a long quote', () => {
    const claims = claimsOf(
      '"The bridge is safe again for every lorry and every cart in the valley. We tested it for six long weeks with the heaviest loads we could find and it held," said Tom Reyes.',
    );
    expect(claims.map((c) => c.text)).toEqual([
      'The bridge is safe again for every lorry and every cart in the valley.',
      'We tested it for six long weeks with the heaviest loads we could find and it held',
    ]);
  });

  it('keeps a short quote of two sentences whole', () => {
    const claims = claimsOf('"We feared the worst. But the old gate still stands," said Tom Reyes.');
    expect(claims.map((c) => c.text)).toEqual(['We feared the worst. But the old gate still stands']);
  });

  it('drops a claim inside another of the same speaker', () => {
    const claims = claimsOf(
      'Ada Vance said the witness gave evidence that she believed strengthened the case.',
    );
    expect(claims.map((c) => c.text)).toEqual([
      'the witness gave evidence that she believed strengthened the case',
    ]);
  });
});

describe('extractClaims: claims of responsibility', () => {
  it.each([
    ['The Red Brigade claimed responsibility for the attack on the harbour.', 'act_red_brigade'],
    ['Acme Holdings was fined in 2002 after admitting it had hidden losses from its investors.', 'act_acme'],
  ])('%j is a claim of responsibility', (text, claimant) => {
    const claims = claimsOf(text);
    expect(claims.map((c) => [c.claimantId, c.kind])).toContainEqual([claimant, 'RESPONSIBILITY']);
  });
});
